// The demo organisation for `npm run demo`. Idempotent: a seeded database is left as it is.
import { db } from "@/lib/db/client";
import { createFirstAdministrator } from "@/lib/setup/first-run";
import { createUserRecord } from "./factories";

export const DEMO_PASSWORD = "Lotse-Demo-2026";

const managers = [
  { loginId: "clara.chef@demo.lotse", name: "Clara Chef", role: "company" },
  { loginId: "tom.team@demo.lotse", name: "Tom Team", role: "team" },
  { loginId: "tina.team@demo.lotse", name: "Tina Team", role: "team" },
  { loginId: "api@demo.lotse", name: "Provisioning API", role: "api" },
] as const;

const agentNames = [
  ["Anna", "Albers"], ["Ben", "Becker"], ["Cem", "Celik"], ["Dora", "Dietz"], ["Emil", "Engel"],
  ["Fatma", "Fischer"], ["Gustav", "Graf"], ["Hanna", "Hoffmann"], ["Ivo", "Illner"], ["Jana", "Jung"],
] as const;

const people: { loginId: string; role: string; name: string }[] = [
  { loginId: "admin@demo.lotse", role: "system administrator", name: "" },
  ...managers.map((m) => ({ loginId: m.loginId, role: `${m.role} manager`, name: m.name })),
  { loginId: "anna.albers@demo.lotse", role: "agent with Management Center access", name: "Anna Albers" },
];

/** Returns false when the database was seeded already. */
export async function seedDemo(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  await createFirstAdministrator(
    { loginId: "admin@demo.lotse", password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, language: "de", timeZone: "Europe/Berlin" },
    { type: "system", label: "demo" },
  );
  await db.accountSettings.update({
    where: { id: 1 },
    data: { companyManagersMayChangePortals: true, companyManagersMayCreateApiManagers: true },
  });
  for (const m of managers) {
    await createUserRecord({ kind: "manager", role: m.role, loginId: m.loginId, name: m.name, password: DEMO_PASSWORD, language: "de" });
  }
  for (const [i, [firstName, lastName]] of agentNames.entries()) {
    const loginId = `${firstName.toLowerCase()}.${lastName.toLowerCase()}@demo.lotse`;
    const managementCenterAccess = i === 0;
    await createUserRecord({ kind: "agent", loginId, firstName, lastName, password: DEMO_PASSWORD, language: "de", managementCenterAccess });
  }
  return true;
}

seedDemo().then(
  (seeded) => {
    console.log(seeded ? "Demo organisation created." : "Demo database already seeded.");
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const p of people) console.log(`  ${p.loginId.padEnd(30)} ${p.role}${p.name ? ` — ${p.name}` : ""}`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
