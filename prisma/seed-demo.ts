// The demo organisation for `npm run demo`. Idempotent: a seeded database is left as it is.
import { db } from "@/lib/db/client";
import { TEAM_MANAGER_RIGHTS, type TeamManagerRight } from "@/lib/access/rights";
import { createFirstAdministrator } from "@/lib/setup/first-run";
import { createPortalRecord, createTeamRecord, createUserRecord } from "./factories";
import { DEMO_PASSWORD, DEMO_SIGN_INS as people } from "./demo-sign-ins";

// Support › Level 1, Support › Level 2 › Drucker, Support › Level 2 › Netzwerk, Vertrieb › Innendienst, Vertrieb › Außendienst
const tree: [string, string[] | Record<string, string[]>][] = [
  ["Support", { "Level 1": [], "Level 2": ["Drucker", "Netzwerk"] }],
  ["Vertrieb", ["Innendienst", "Außendienst"]],
];

const firstNames = [
  "Anna",
  "Ben",
  "Cem",
  "Dora",
  "Emil",
  "Fatma",
  "Gustav",
  "Hanna",
  "Ivo",
  "Jana",
  "Kai",
  "Lena",
  "Mehmet",
  "Nina",
  "Olaf",
  "Paula",
  "Quirin",
  "Rosa",
  "Sven",
  "Tara",
  "Uwe",
  "Vera",
  "Willi",
  "Xenia",
  "Yusuf",
  "Zoe",
];
const lastNames = [
  "Albers",
  "Becker",
  "Celik",
  "Dietz",
  "Engel",
  "Fischer",
  "Graf",
  "Hoffmann",
  "Illner",
  "Jung",
  "Krause",
  "Lange",
  "Meyer",
  "Neumann",
  "Otto",
  "Peters",
  "Quast",
  "Richter",
  "Schulz",
  "Thiel",
  "Ulrich",
  "Vogel",
  "Wagner",
  "Xander",
  "Yilmaz",
  "Zimmermann",
];

/** Returns false when the database was seeded already. */
export async function seedDemo(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  await createFirstAdministrator(
    {
      loginId: "admin@demo.lotse",
      password: DEMO_PASSWORD,
      passwordConfirm: DEMO_PASSWORD,
      language: "de",
      timeZone: "Europe/Berlin",
    },
    { type: "system", label: "demo" },
  );
  await db.accountSettings.update({
    where: { id: 1 },
    data: { companyManagersMayChangePortals: true, companyManagersMayCreateApiManagers: true },
  });

  const teams = new Map<string, string>();
  for (const [root, children] of tree) {
    const rootTeam = await createTeamRecord(root);
    teams.set(root, rootTeam.id);
    const entries = Array.isArray(children) ? children.map((c) => [c, []] as const) : Object.entries(children);
    for (const [child, grandChildren] of entries) {
      const team = await createTeamRecord(child, rootTeam.id);
      teams.set(child, team.id);
      for (const grandChild of grandChildren) teams.set(grandChild, (await createTeamRecord(grandChild, team.id)).id);
    }
  }
  await db.team.update({
    where: { id: teams.get("Support")! },
    data: {
      availableLogins: 30,
      greeting: "Guten Tag! Wie können wir helfen?",
      functions: JSON.stringify({ diagnostics: true, reports: true }),
    },
  });
  await db.team.update({
    where: { id: teams.get("Vertrieb")! },
    data: { functions: JSON.stringify({ screenSharing: false }) },
  });

  const manager = (
    loginId: string,
    name: string,
    role: "company" | "team" | "api",
    teamNames: string[] = [],
    rights: TeamManagerRight[] = [],
  ) =>
    createUserRecord({
      kind: "manager",
      role,
      loginId,
      name,
      password: DEMO_PASSWORD,
      language: "de",
      teamIds: teamNames.map((t) => teams.get(t)!),
      rights,
    });
  await manager("clara.chef@demo.lotse", "Clara Chef", "company");
  await manager("tom.team@demo.lotse", "Tom Team", "team", ["Support"], [...TEAM_MANAGER_RIGHTS]);
  await manager(
    "tina.team@demo.lotse",
    "Tina Team",
    "team",
    ["Vertrieb"],
    ["logOutAgents", "supervisorViewing", "scheduleReports"],
  );
  await manager("api@demo.lotse", "Provisioning API", "api");

  const teamNames = [...teams.keys()];
  for (let i = 0; i < 52; i++) {
    const firstName = firstNames[i % firstNames.length]!;
    const lastName = lastNames[(i * 7 + Math.floor(i / lastNames.length)) % lastNames.length]!;
    const loginId = `${firstName}.${lastName}${i >= firstNames.length ? i : ""}@demo.lotse`
      .toLowerCase()
      .replace("ü", "ue");
    await createUserRecord({
      kind: "agent",
      loginId: i === 0 ? "anna.albers@demo.lotse" : loginId,
      firstName,
      lastName: i === 0 ? "Albers" : lastName,
      password: DEMO_PASSWORD,
      language: "de",
      managementCenterAccess: i === 0,
      teamIds: [teams.get(teamNames[i % teamNames.length]!)!],
    });
  }
  await seedDemoPortals(teams);
  return true;
}

/** Four portals, one of each type, served by the demo teams. */
async function seedDemoPortals(teams: Map<string, string>) {
  const portal = async (spec: Parameters<typeof createPortalRecord>[0], servedBy: Record<string, string[]>) => {
    const created = await createPortalRecord(spec);
    for (const sub of created.subPortals) {
      const teamIds = (servedBy[sub.name] ?? []).map((name) => teams.get(name)!);
      if (teamIds.length)
        await db.teamSubPortal.createMany({ data: teamIds.map((teamId) => ({ teamId, subPortalId: sub.id })) });
    }
    return created;
  };
  await portal(
    { name: "Kundensupport", slug: "support", type: "questionBox", subPortals: ["Allgemein", "Drucker"] },
    { Allgemein: ["Level 1"], Drucker: ["Drucker"] },
  );
  const sales = await portal(
    {
      name: "Vertrieb",
      slug: "vertrieb",
      type: "agentSelection",
      subPortals: ["Allgemein"],
      features: { fileTransferSend: false },
    },
    { Allgemein: ["Vertrieb", "Innendienst"] },
  );
  await portal(
    { name: "Fernwartung", slug: "fernwartung", type: "connectionCode", subPortals: ["Allgemein"] },
    { Allgemein: ["Level 2", "Netzwerk"] },
  );
  await portal(
    { name: "Rückruf", slug: "rueckruf", type: "contactButton", subPortals: ["Allgemein"] },
    { Allgemein: ["Außendienst"] },
  );

  // Vertrieb answers on weekdays 08:00–18:00 (Fridays until 15:00) and is closed on public holidays.
  const workday = { mode: "ranges", ranges: [{ from: "08:00", to: "18:00" }] };
  const closed = { mode: "closed", ranges: [] };
  await db.businessHoursSet.create({
    data: {
      name: "Bürozeiten Vertrieb",
      timeZone: "Europe/Berlin",
      week: JSON.stringify([
        workday,
        workday,
        workday,
        workday,
        { mode: "ranges", ranges: [{ from: "08:00", to: "15:00" }] },
        closed,
        closed,
      ]),
      closedMessageDe: "Der Vertrieb ist montags bis donnerstags von 8 bis 18 Uhr und freitags bis 15 Uhr für Sie da.",
      closedMessageEn:
        "Sales is there for you Monday to Thursday from 8 am to 6 pm and on Fridays until 3 pm (Berlin time).",
      portals: { create: { portalId: sales.id } },
    },
  });
  const yearly = (name: string, date: string) => ({ name, startDate: date, endDate: date, everyYear: true });
  await db.holidaySet.create({
    data: {
      name: "Feiertage Deutschland",
      timeZone: "Europe/Berlin",
      closedMessageDe: "Heute ist Feiertag. Ab dem nächsten Werktag sind wir wieder für Sie da.",
      closedMessageEn: "Today is a public holiday. We are back on the next working day.",
      dates: {
        create: [
          yearly("Neujahr", "2026-01-01"),
          yearly("Tag der Arbeit", "2026-05-01"),
          yearly("Tag der Deutschen Einheit", "2026-10-03"),
          { name: "Weihnachten", startDate: "2026-12-24", endDate: "2026-12-26", everyYear: true },
        ],
      },
      portals: { create: { portalId: sales.id } },
    },
  });
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
