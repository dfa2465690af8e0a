// Puts an organisation straight into a running e2e server's database, for specs whose flow under
// test is not the creation of that organisation (the server re-reads the database on every request):
//
//   DATABASE_URL=file:<abs path> npx tsx --tsconfig scripts/tsconfig.json e2e/support/seed-organisation.ts '<json spec>'
//
// The spec names everything with keys; the script prints { teams: {key: id}, users: {key: id},
// imports: {key: id} } as JSON on its last line of output. Specs call it through seed() in organisation.ts.
import { db } from "@/lib/db/client";
import type { TeamManagerRight } from "@/lib/access/rights";
import type { ManagerRole } from "@/lib/auth/principal";
import { createTeamRecord, createUserRecord } from "@/prisma/factories";

export type SeedTeam = {
  key: string;
  name: string;
  parent?: string;
  /** Stored function settings, e.g. { screenSharing: false }. */
  functions?: Record<string, boolean>;
  maxSessions?: number;
};

export type SeedUser = {
  key: string;
  kind: "manager" | "agent";
  loginId: string;
  password: string;
  language?: "de" | "en";
  /** Managers */
  role?: ManagerRole;
  name?: string;
  teams?: string[];
  rights?: TeamManagerRight[];
  /** Agents */
  firstName?: string;
  lastName?: string;
  team?: string;
  managementCenterAccess?: boolean;
};

export type SeedImport = { key: string; manager: string; status: "running" | "done" | "failed"; total: number };

export type SeedSpec = { teams?: SeedTeam[]; users?: SeedUser[]; imports?: SeedImport[] };
export type SeedResult = { teams: Record<string, string>; users: Record<string, string>; imports: Record<string, string> };

async function main(spec: SeedSpec): Promise<SeedResult> {
  const result: SeedResult = { teams: {}, users: {}, imports: {} };
  const teamId = (key: string) => {
    const id = result.teams[key];
    if (!id) throw new Error(`unknown team key ${key} (teams must be listed after their parent)`);
    return id;
  };
  for (const team of spec.teams ?? []) {
    const row = await createTeamRecord(team.name, team.parent ? teamId(team.parent) : null);
    if (team.functions || team.maxSessions) {
      await db.team.update({
        where: { id: row.id },
        data: { functions: JSON.stringify(team.functions ?? {}), maxSessions: team.maxSessions ?? null },
      });
    }
    result.teams[team.key] = row.id;
  }
  for (const user of spec.users ?? []) {
    const row = await createUserRecord({
      kind: user.kind,
      loginId: user.loginId,
      password: user.password,
      language: user.language ?? "de",
      role: user.role,
      name: user.name,
      firstName: user.firstName,
      lastName: user.lastName,
      managementCenterAccess: user.managementCenterAccess,
      teamIds: user.kind === "manager" ? (user.teams ?? []).map(teamId) : user.team ? [teamId(user.team)] : [],
      rights: user.rights,
    });
    if (user.kind === "agent" && user.firstName && user.lastName) {
      // The factory's screen name is the first name; search text as the app writes it.
      await db.agentProfile.update({
        where: { userId: row.id },
        data: { searchText: [user.firstName, user.lastName, user.firstName, user.loginId].join(" ").toLocaleLowerCase() },
      });
    }
    result.users[user.key] = row.id;
  }
  for (const job of spec.imports ?? []) {
    const managerId = result.users[job.manager];
    if (!managerId) throw new Error(`unknown user key ${job.manager}`);
    const row = await db.agentImport.create({
      data: { managerId, status: job.status, total: job.total, processed: job.total, created: job.status === "done" ? job.total : 0 },
    });
    result.imports[job.key] = row.id;
  }
  return result;
}

main(JSON.parse(process.argv[2] ?? "{}") as SeedSpec).then(
  async (result) => {
    await db.$disconnect();
    console.log(JSON.stringify(result));
  },
  async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  },
);
