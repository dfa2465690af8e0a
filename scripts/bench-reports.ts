// `npm run bench -- reports` (issue 12): a million sessions in 90 days (500 agents, 50 teams, 20
// portals, survey answers, activity rows — seeded by bulk SQL, bench-reports-floor.ts), rolled up
// day by day as the background job does once each day is over, then the production server answers
// the Berichte page as a company manager: Zusammenfassung and Mitarbeiterleistung over 90 days
// (targets: p95 ≤ 1.5 s and ≤ 3 × the raw-SQL floor of the same aggregate), and the CSV export of
// every session (target: ≤ 150 MB more resident memory than before it, however many rows).
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { addDays, format } from "date-fns";
import { encode } from "next-auth/jwt";
import { FLOORS, seedReportData } from "./bench-reports-floor";
import {
  benchDatabase,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

/** `keepDb`: seed into this file once and keep it; later runs reuse it (for profiling, not for the figures). */
export type ReportsBenchOptions = { sessions: number; runs: number; port: number; keepDb?: string };

const SECRET = randomBytes(32).toString("hex");
const TARGET_P95_MS = 1500;
const TARGET_FLOOR_FACTOR = 3;
const TARGET_EXPORT_MB = 150;
const DAYS = 90;

/** The raw-SQL floor of each report: the sum of the plain queries that compute the same figures. */
const FLOOR_OF: Record<string, string[]> = {
  Zusammenfassung: [
    "Zusammenfassung: requests by outcome",
    "Zusammenfassung: sessions, outcomes, durations",
    "Zusammenfassung: waiting time to acceptance (avg; p90 by rank)",
  ],
  Mitarbeiterleistung: ["Mitarbeiterleistung: per agent"],
};

export async function runReportsBench(options: ReportsBenchOptions): Promise<number> {
  requireProductionBuild();
  const { dir, file, reuse, dispose } = benchDatabase(options.keepDb, "reports");
  let server: ReturnType<typeof startBenchServer> | null = null;
  try {
    migrate(`file:${file}`);
    const seeded = reuse ? seededIn(file) : seedSessions(file, options.sessions);
    if (reuse) console.log(`Reusing ${file} (seeded ${new Date(seeded.to).toISOString()})`);
    const cookie = await companyManager(file, SECRET);

    // The job's work, all at once: every day of the 90 that is over.
    process.env.DATABASE_URL = `file:${file}`;
    const { rollUpClosedDays } = await import("@/lib/reports/rollup");
    const rollupStarted = performance.now();
    let days = 0;
    for (let rolled = -1; rolled !== 0; days += rolled) rolled = await rollUpClosedDays(new Date(), { maxDays: 100 });
    const rollupSeconds = (performance.now() - rollupStarted) / 1000;
    console.log(
      days === 0
        ? "Rolled up no days: the reused database has them all"
        : `Rolled up ${days} days in ${rollupSeconds.toFixed(1)} s (${((rollupSeconds / days) * 1000).toFixed(0)} ms a day, the job's work once a day)`,
    );

    const floors = measureFloors(file, seeded);
    server = startBenchServer(options.port, {
      DATABASE_URL: `file:${file}`,
      LOTSE_DATA_DIR: dir,
      NEXTAUTH_SECRET: SECRET,
    });
    const base = `http://127.0.0.1:${options.port}`;
    await waitForServer(`${base}/manager`);
    // The viewer's 90 days (Europe/Berlin, the manager's time zone): today and the 89 before it.
    const today = new Date();
    const range = `period=custom&startDate=${format(addDays(today, -(DAYS - 1)), "yyyy-MM-dd")}&endDate=${format(today, "yyyy-MM-dd")}`;
    let failed = false;
    console.log(`\nThe Berichte page over ${DAYS} days, ${options.runs} runs each (one warm-up first):`);
    for (const [name, query] of [
      ["Zusammenfassung", `type=summary&${range}`],
      ["Mitarbeiterleistung", `type=agentPerformance&${range}`],
      ["Zusammenfassung by week (not a target)", `type=summary&${range}&grouping=week`],
    ] as const) {
      const times = await timeRequests(`${base}/manager/reports?${query}`, cookie, options.runs);
      const p95 = percentile(times, 95);
      const floorNames = FLOOR_OF[name];
      const floor = floorNames ? floorNames.reduce((sum, n) => sum + floors.get(n)!, 0) : null;
      const verdict =
        floor === null ? "" : p95 <= TARGET_P95_MS && p95 <= TARGET_FLOOR_FACTOR * floor ? "  ✓" : "  ✗ over target";
      if (verdict.includes("✗")) failed = true;
      console.log(
        `  ${name}: p50 ${percentile(times, 50).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms` +
          (floor === null
            ? ""
            : `   raw-SQL floor ${floor.toFixed(0)} ms (p95 = ${(p95 / floor).toFixed(2)} × floor)${verdict}`),
      );
    }

    // The CSV export of every session: streamed, so the server's memory must not grow with the rows.
    fs.writeFileSync(`/proc/${server.pid}/clear_refs`, "5"); // resets the peak (VmHWM) to now
    const before = memoryOf(server.pid!).rssMb;
    const exportStarted = performance.now();
    const response = await fetch(`${base}/manager/reports/export?type=sessionDetails&${range}&format=csv`, {
      headers: { cookie },
    });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    const peak = memoryOf(server.pid!).peakMb;
    const grew = peak - before;
    const exportOk = response.status === 200 && grew <= TARGET_EXPORT_MB;
    if (!exportOk) failed = true;
    console.log(
      `\nCSV export of all sessions: ${(lines - 1).toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB in ${exportSeconds.toFixed(0)} s; server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (+${grew.toFixed(0)} MB)${exportOk ? "  ✓" : "  ✗ over target"}`,
    );
    return failed ? 1 : 0;
  } finally {
    server?.kill();
    dispose();
  }
}

export function seedSessions(file: string, sessions: number): { from: number; to: number } {
  console.log(`Seeding ${sessions.toLocaleString("en")} sessions in ${DAYS} days …`);
  const seeded = seedReportData(file, { sessions, agents: 500, teams: 50, portals: 20, days: DAYS });
  console.log(
    `Seeded in ${seeded.seconds.toFixed(0)} s: ${seeded.requests.toLocaleString("en")} requests, ${seeded.sessions.toLocaleString("en")} sessions, ${seeded.events.toLocaleString("en")} activity rows; ${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB`,
  );
  return seeded;
}

/** The range a kept database was seeded for: from its first session to its last. */
export function seededIn(file: string): { from: number; to: number } {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT MIN(startedAt) AS first, MAX(startedAt) AS last FROM "SupportSession"').get() as {
    first: string;
    last: string;
  };
  db.close();
  return { from: new Date(row.first).getTime(), to: new Date(row.last).getTime() };
}

/** A company manager (Europe/Berlin) with a signed-in browser session; returns its cookie. */
export function companyManager(file: string, secret: string): Promise<string> {
  return signedInManager(file, secret, { role: "company" });
}

/**
 * A manager (Europe/Berlin) with a signed-in browser session, straight into the database: a team
 * manager with `rights` over `teamIds`, or a company manager. Returns the session's cookie.
 */
export async function signedInManager(
  file: string,
  secret: string,
  { role, rights = [], teamIds = [] }: { role: "company" | "team"; rights?: string[]; teamIds?: string[] },
): Promise<string> {
  const db = new Database(file);
  const now = new Date().toISOString();
  const id = randomUUID();
  const sid = `bench-${role}-${randomUUID()}`;
  const login = `${role}-${id}@bench.lotse`;
  db.prepare(
    'INSERT INTO "User" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, "manager", login, login, "-", "de", "Europe/Berlin", now, now, now);
  db.prepare('INSERT INTO "ManagerProfile" (userId, name, role, rights) VALUES (?, ?, ?, ?)').run(
    id,
    role === "company" ? "Berichte" : "Teamleitung",
    role,
    JSON.stringify(rights),
  );
  for (const teamId of teamIds)
    db.prepare('INSERT INTO "ManagerTeam" (managerId, teamId) VALUES (?, ?)').run(id, teamId);
  db.prepare(
    'INSERT INTO "Session" (id, userId, realm, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(sid, id, "manager", now, now, new Date(Date.now() + 12 * 3600_000).toISOString());
  db.close();
  return `lotse-manager=${await encode({ token: { sid }, secret, salt: "lotse-session-manager" })}`;
}

/** The raw-SQL floor of each query over the whole seeded range: its p50 of five runs. */
function measureFloors(file: string, seeded: { from: number; to: number }): Map<string, number> {
  const db = new Database(file, { readonly: true });
  const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const range = { from: stamp(seeded.from), to: stamp(seeded.to + 1) };
  const floors = new Map<string, number>();
  for (const [name, sql] of Object.entries(FLOORS)) {
    const statement = db.prepare(sql);
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      statement.all(range);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    floors.set(name, percentile(times, 50));
  }
  db.close();
  return floors;
}

/** Sequential requests (a manager waits for a report before the next), sorted durations in ms. */
async function timeRequests(url: string, cookie: string, runs: number): Promise<number[]> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    // The report's section (its heading has id="report"): not the form with an error instead.
    if (response.status !== 200 || !body.includes('id="report"')) throw new Error(`${url} answered without a report`);
    return performance.now() - started;
  };
  await once();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once());
  return times.sort((a, b) => a - b);
}
