// `npm run bench -- audit` (issue 14): the Protokoll at a million entries. 1,000,000 audit rows over
// 90 days — sign-ins, agent and team changes, portal settings, session views — by 2,000 actors about
// 200 teams and 5,000 agents. The production server then answers the Protokoll's pages as a company
// manager (newest, 200 pages deep, each filter, filters combined) and as a team manager with the
// right (their teams' entries); target: p95 ≤ 200 ms for each. The CSV export of 30 days is timed.
import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { companyManager, signedInManager } from "./bench-reports";
import {
  benchDatabase,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type AuditBenchOptions = { entries: number; runs: number; port: number; keepDb?: string };

const SECRET = randomBytes(32).toString("hex");
const DAY_MS = 24 * 60 * 60 * 1000;
const TARGET_P95_MS = 200;
const TEAMS = 200;
const AGENTS = 5_000;
const ACTORS = 2_000;
/** The actions and how often they happen, roughly as a busy desk has them. */
const MIX: [action: string, targetType: string, weight: number][] = [
  ["auth.signed_in", "user", 40],
  ["auth.signed_out", "user", 25],
  ["auth.sign_in_failed", "login", 5],
  ["sessionView.opened", "supportSession", 8],
  ["sessionInformation.viewed", "supportSession", 6],
  ["agent.updated", "user", 6],
  ["agent.moved", "user", 2],
  ["team.updated", "team", 4],
  ["portal.updated", "portal", 2],
  ["dashboard.monitorChanged", "dashboardMonitor", 2],
];

const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export async function runAuditBench(options: AuditBenchOptions): Promise<number> {
  requireProductionBuild();
  const { dir, file, reuse, dispose } = benchDatabase(options.keepDb, "audit");
  let server: ReturnType<typeof startBenchServer> | null = null;
  try {
    migrate(`file:${file}`);
    const organisation = reuse ? organisationIn(file) : seedOrganisation(file);
    if (reuse) console.log(`Reusing ${file}`);
    else seedEntries(file, options.entries, organisation);
    const company = await companyManager(file, SECRET);
    const team = await signedInManager(file, SECRET, {
      role: "team",
      rights: ["viewAuditLog"],
      teamIds: organisation.teamIds.slice(0, 3),
    });
    const probes = probesOf(file, organisation);

    server = startBenchServer(options.port, {
      DATABASE_URL: `file:${file}`,
      LOTSE_DATA_DIR: dir,
      NEXTAUTH_SECRET: SECRET,
    });
    const base = `http://127.0.0.1:${options.port}`;
    await waitForServer(`${base}/manager`);
    let failed = false;
    const total = (
      new Database(file, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM "AuditLog"').get() as {
        n: number;
      }
    ).n;
    console.log(
      `\nProtokoll over ${total.toLocaleString("en")} entries, ${options.runs} pages each (one warm-up first):`,
    );
    const cases: [string, string, (i: number) => string][] = [
      ["newest, no filter", company, () => ""],
      ["200 pages deep", company, (i) => `after=${probes.deep[i % probes.deep.length]}`],
      ["kind of change (Teams)", company, () => "area=team"],
      ["kind of change, rare (Portale)", company, () => "area=portal"],
      ["one actor", company, (i) => `actor=${encodeURIComponent(probes.actors[i % probes.actors.length]!)}`],
      ["7 days", company, () => `from=${probes.weekFrom}&to=${probes.weekTo}`],
      ["one object (a team)", company, (i) => `objectType=team&objectId=${probes.teams[i % probes.teams.length]}`],
      ["object type (Sitzung)", company, () => "objectType=supportSession"],
      ["7 days, sign-ins only", company, () => `from=${probes.weekFrom}&to=${probes.weekTo}&area=auth`],
      ["team manager, their 3 teams", team, () => ""],
      ["team manager, kind of change (Mitarbeiter)", team, () => "area=agent"],
    ];
    for (const [name, cookie, query] of cases) {
      const times = await timePages(base, cookie, options.runs + 1, query);
      const p95 = percentile(times, 95);
      const ok = p95 <= TARGET_P95_MS;
      if (!ok) failed = true;
      console.log(
        `  ${name.padEnd(44)} p50 ${percentile(times, 50).toFixed(0).padStart(4)} ms   p95 ${p95.toFixed(0).padStart(4)} ms   max ${times.at(-1)!.toFixed(0).padStart(4)} ms${ok ? "  ✓" : "  ✗ over target"}`,
      );
    }
    const started = performance.now();
    const response = await fetch(`${base}/manager/audit-log/export?from=${probes.monthFrom}&to=${probes.weekTo}`, {
      headers: { cookie: company },
    });
    const csv = Buffer.from(await response.arrayBuffer());
    const lines = csv.toString("utf8").split("\r\n").length - 2;
    console.log(
      `\nCSV export of 30 days: ${lines.toLocaleString("en")} entries, ${(csv.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return failed ? 1 : 0;
  } finally {
    server?.kill();
    dispose();
  }
}

type Organisation = { teamIds: string[]; agentIds: string[] };

function organisationIn(file: string): Organisation {
  const db = new Database(file, { readonly: true });
  const teamIds = (db.prepare('SELECT id FROM "Team" ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const agentIds = (db.prepare('SELECT userId FROM "AgentProfile"').all() as { userId: string }[]).map((r) => r.userId);
  db.close();
  return { teamIds, agentIds };
}

/** 200 teams and 5,000 agents in them (25 each), so that a team manager's scope has people in it. */
function seedOrganisation(file: string): Organisation {
  const db = new Database(file);
  const now = stamp(Date.now());
  const teamIds = Array.from({ length: TEAMS }, (_, i) => `bench-team-${String(i).padStart(3, "0")}`);
  const agentIds = Array.from({ length: AGENTS }, (_, i) => `bench-agent-${i}`);
  const insertTeam = db.prepare('INSERT INTO "Team" (id, name, updatedAt) VALUES (?, ?, ?)');
  const insertUser = db.prepare(
    'INSERT INTO "User" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAgent = db.prepare(
    'INSERT INTO "AgentProfile" (userId, firstName, lastName, screenName, teamId) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    teamIds.forEach((id, i) => insertTeam.run(id, `Team ${i}`, now));
    agentIds.forEach((id, i) => {
      const login = `agent-${i}@bench.lotse`;
      insertUser.run(id, "agent", login, login, "-", "de", "Europe/Berlin", now, now, now);
      insertAgent.run(id, "Agent", String(i), `Agent ${i}`, teamIds[i % TEAMS]);
    });
  })();
  db.close();
  return { teamIds, agentIds };
}

/** `count` entries over the last 90 days, in time order, as writeAudit leaves them. */
function seedEntries(file: string, count: number, { teamIds, agentIds }: Organisation) {
  const started = performance.now();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const insert = db.prepare(
    'INSERT INTO "AuditLog" (id, at, actorId, actorLabel, action, area, targetType, targetId, summary, ip, userAgent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const weights = MIX.reduce((sum, [, , weight]) => sum + weight, 0);
  const now = Date.now();
  const from = now - 90 * DAY_MS;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(count, done + batch); i++) {
        let pick = random() * weights;
        const [action, targetType] = MIX.find(([, , weight]) => (pick -= weight) < 0) ?? MIX[0]!;
        const actor = Math.floor(random() * ACTORS);
        const targetId =
          targetType === "team"
            ? teamIds[Math.floor(random() * teamIds.length)]!
            : targetType === "user"
              ? agentIds[Math.floor(random() * agentIds.length)]!
              : targetType === "login"
                ? null
                : `${targetType}-${Math.floor(random() * 50_000)}`;
        insert.run(
          randomUUID(),
          stamp(from + Math.floor(((i + random()) / count) * (now - from))),
          `actor-${actor}`,
          `actor-${actor}@bench.lotse`,
          action,
          action.split(".")[0],
          targetType,
          targetId,
          action === "team.updated" ? '{"availableLogins":5}' : "{}",
          `10.0.${actor % 250}.${actor % 200}`,
          userAgent,
        );
      }
    })();
  }
  db.close();
  console.log(
    `Seeded ${count.toLocaleString("en")} audit entries in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** What the pages ask for: cursors 200 pages deep, actors and teams that have entries, a week's days. */
function probesOf(file: string, { teamIds }: Organisation) {
  const db = new Database(file, { readonly: true });
  const deep = (
    db.prepare('SELECT at, id FROM "AuditLog" ORDER BY at DESC, id DESC LIMIT 25 OFFSET 10000').all() as {
      at: string;
      id: string;
    }[]
  ).map((row) => `${Date.parse(row.at)}~${row.id}`);
  db.close();
  const day = (ms: number) => new Date(ms).toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
  return {
    deep,
    actors: Array.from({ length: 25 }, (_, i) => `actor-${i * 79}@bench.lotse`),
    teams: teamIds.slice(10, 35),
    weekFrom: day(Date.now() - 20 * DAY_MS),
    weekTo: day(Date.now() - 14 * DAY_MS),
    monthFrom: day(Date.now() - 44 * DAY_MS),
  };
}

/** Times `count` page loads (the first is a warm-up and not counted); sorted. */
async function timePages(base: string, cookie: string, count: number, query: (i: number) => string) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = query(i);
    const started = performance.now();
    const response = await fetch(`${base}/manager/audit-log${q ? `?${q}` : ""}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200 || !body.includes('id="entries-heading"'))
      throw new Error(`/manager/audit-log?${q} answered ${response.status} without entries`);
    if (i > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
