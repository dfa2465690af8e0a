// `npm run bench -- sessions` (issue 13): Sitzungsinformationen at a million sessions. The data of
// the reports benchmark (1,000,000 sessions in 90 days, bench-reports-floor.ts), and for the oldest
// day's sessions (≈ 11,000) what a real day leaves: chat messages, diagnostics and files on disk.
// The production server then answers the search as a company manager — by Sitzungs-ID and by 7 days
// in a team (target: p95 ≤ 300 ms each) — and, while 50 chats run as in `bench -- live`, its retention
// job forgets that day (targets: ≤ 30 s, and the chat's delivery p95 stays ≤ 300 ms meanwhile).
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { companyManager, seededIn, seedSessions } from "./bench-reports";
import { latenciesOf, runChatLoad, seedLiveChats } from "./bench-live";
import {
  benchDatabase,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

/** `keepDb`: seed into this file once and keep it; later runs reuse it. */
export type SessionsBenchOptions = {
  sessions: number;
  runs: number;
  port: number;
  chats: number;
  agents: number;
  seconds: number;
  keepDb?: string;
};

const SECRET = randomBytes(32).toString("hex");
const DAY_MS = 24 * 60 * 60 * 1000;
const TARGET_SEARCH_P95_MS = 300;
const TARGET_PURGE_S = 30;
const TARGET_CHAT_P95_MS = 300;
/** The server keeps one day less than the seeded 90: the oldest day is due. */
const RETENTION_DAYS = 89;
/** When the server's retention job first looks (after its start): after the searches, while the chats run. */
const PURGE_AFTER_MS = 60_000;
const MESSAGES_PER_SESSION = 12;
const FILE_BYTES = 4096;

const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export async function runSessionsBench(options: SessionsBenchOptions): Promise<number> {
  requireProductionBuild();
  const { dir, file, reuse, dispose } = benchDatabase(options.keepDb, "sessions");
  let server: ReturnType<typeof startBenchServer> | null = null;
  try {
    migrate(`file:${file}`);
    if (reuse) console.log(`Reusing ${file} (seeded up to ${new Date(seededIn(file).to).toISOString()})`);
    else seedSessions(file, options.sessions);
    const due = prepareDueDay(file, dir, Date.now());
    const cookie = await companyManager(file, SECRET);
    const probes = searchProbes(file, options.runs + 1);
    const tag = randomBytes(4).toString("hex");
    const chats = await seedLiveChats(file, {
      chats: options.chats,
      agents: options.agents,
      slug: `live-${tag}`,
      firstNumber: 900_000_000 + randomInt(0, 990) * 100,
      secret: SECRET,
    });

    server = startBenchServer(options.port, {
      DATABASE_URL: `file:${file}`,
      LOTSE_DATA_DIR: dir,
      NEXTAUTH_SECRET: SECRET,
      // The jobs run as in production: the retention job is what is measured.
      LOTSE_DISABLE_SCHEDULER: "0",
      LOTSE_SESSION_RETENTION_DAYS: String(RETENTION_DAYS),
      LOTSE_SESSION_RETENTION_INTERVAL_MS: String(PURGE_AFTER_MS),
    });
    const startedAt = performance.now();
    const base = `http://127.0.0.1:${options.port}`;
    await waitForServer(`${base}/manager`);
    let failed = false;

    console.log(`\nSitzungsinformationen, ${options.runs} searches each (one warm-up first), as a company manager:`);
    for (const [name, queries] of [
      ["by Sitzungs-ID", probes.numbers.map((number) => `number=${number}`)],
      ["7 days in a team", probes.teams.map((teamId) => `teamId=${teamId}&period=last7Days`)],
    ] as const) {
      const times = await timeSearches(base, cookie, queries);
      const p95 = percentile(times, 95);
      const ok = p95 <= TARGET_SEARCH_P95_MS;
      if (!ok) failed = true;
      console.log(
        `  ${name}: p50 ${percentile(times, 50).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms${ok ? "  ✓" : "  ✗ over target"}`,
      );
    }
    const searchesDone = performance.now();
    if (searchesDone - startedAt > PURGE_AFTER_MS)
      throw new Error("the searches ran into the retention job's first run: they would measure it too");

    // The chats run from now until well after the job's first run has forgotten the day.
    const seconds = Math.max(
      options.seconds,
      Math.ceil((PURGE_AFTER_MS - (searchesDone - startedAt)) / 1000) + TARGET_PURGE_S * 2,
    );
    console.log(
      `\n${chats.length} chats with ${options.agents} agents for ${seconds} s; the retention job's first run forgets ${due.sessions.toLocaleString("en")} sessions (${due.events.toLocaleString("en")} transcript rows, ${due.files.toLocaleString("en")} files on disk) …`,
    );
    const progress = watchPurge(file, due);
    const before = memoryOf(server.pid!);
    const load = await runChatLoad(base, server.pid!, chats, seconds);
    const purge = await progress.done();
    const after = memoryOf(server.pid!);

    const all = latenciesOf(load.deliveries);
    // From a second before the first commit seen (the job first lists what is due) to the last.
    const during = purge ? latenciesOf(load.deliveries, purge.from - 1000, purge.to) : [];
    const chatOk =
      purge !== null &&
      during.length > 0 &&
      percentile(during, 95) <= TARGET_CHAT_P95_MS &&
      load.lost === 0 &&
      load.duplicated === 0 &&
      load.failures === 0;
    const purgeSeconds = purge ? (purge.to - purge.from) / 1000 : Infinity;
    const left = leftOf(file, dir, due);
    const purgeOk = purgeSeconds <= TARGET_PURGE_S && left.events + left.files + left.folders + left.unmarked === 0;
    if (!chatOk || !purgeOk) failed = true;
    console.log(
      purge
        ? `  Retention job: ${due.sessions.toLocaleString("en")} sessions forgotten in ${purgeSeconds.toFixed(1)} s (first to last commit seen, ±0.25 s)${purgeSeconds <= TARGET_PURGE_S ? "  ✓" : "  ✗ over target"}`
        : "  Retention job: did not finish while the chats ran  ✗",
    );
    console.log(
      `  Left of that day: ${left.events} transcript rows, ${left.files} file rows, ${left.folders} folders on disk, ${left.unmarked} sessions unmarked; ${left.kept.toLocaleString("en")} session rows kept for the reports`,
    );
    console.log(
      `  Chat: ${load.sent} messages sent, ${all.length} delivered, ${load.lost} lost, ${load.duplicated} duplicated, ${load.failures} failed posts`,
    );
    console.log(
      `  Delivery latency, all: p50 ${percentile(all, 50).toFixed(0)} ms   p95 ${percentile(all, 95).toFixed(0)} ms   max ${all.at(-1)?.toFixed(0)} ms`,
    );
    console.log(
      `  Delivery latency while the job ran (${during.length} messages posted from 1 s before its first commit to its last): p50 ${percentile(during, 50).toFixed(0)} ms   p95 ${percentile(during, 95).toFixed(0)} ms   max ${during.at(-1)?.toFixed(0)} ms${chatOk ? "  ✓" : "  ✗ over target"}`,
    );
    console.log(
      `  Server: CPU ${(load.cpu.server * 100).toFixed(0)} % of a core while sending; RSS ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB (peak ${after.peakMb.toFixed(0)} MB)`,
    );
    return failed ? 1 : 0;
  } finally {
    server?.kill();
    dispose();
  }
}

type DueDay = { from: string; to: string; sessions: number; events: number; files: number };

/**
 * Makes exactly one day of sessions due for the retention job: those that ended in the day before the
 * cutoff get a day's content (messages, diagnostics, every fourth a file on disk); everything older
 * counts as forgotten already (a reused database was seeded days ago).
 */
function prepareDueDay(file: string, dir: string, now: number): DueDay {
  const cutoff = now - RETENTION_DAYS * DAY_MS;
  const from = stamp(cutoff - DAY_MS);
  const to = stamp(cutoff);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const started = performance.now();
  const ids = db
    .prepare('SELECT id, startedAt FROM "SupportSession" WHERE endedAt >= ? AND endedAt < ?')
    .all(from, to) as { id: string; startedAt: string }[];
  const insertEvent = db.prepare(
    'INSERT INTO "SessionEvent" (sessionId, type, author, body, createdAt) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFile = db.prepare(
    'INSERT INTO "SessionFile" (id, sessionId, direction, name, contentType, size, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // Files left by an earlier run on a reused database are not this day's.
  fs.rmSync(path.join(dir, "files"), { recursive: true, force: true });
  const bytes = Buffer.alloc(FILE_BYTES, "x");
  let events = 0;
  let files = 0;
  db.transaction(() => {
    db.prepare('UPDATE "SupportSession" SET contentPurgedAt = ? WHERE endedAt < ? AND contentPurgedAt IS NULL').run(
      stamp(now),
      from,
    );
    const sessionIn = `SELECT id FROM "SupportSession" WHERE endedAt >= @from AND endedAt < @to`;
    db.prepare(`DELETE FROM "SessionEvent" WHERE sessionId IN (${sessionIn})`).run({ from, to });
    db.prepare(`DELETE FROM "SessionFile" WHERE sessionId IN (${sessionIn})`).run({ from, to });
    db.prepare(
      'UPDATE "SupportSession" SET contentPurgedAt = NULL, diagnostics = ? WHERE endedAt >= ? AND endedAt < ?',
    ).run(JSON.stringify({ platform: "Linux", browser: "Firefox 140", timeZone: "Europe/Berlin" }), from, to);
    for (const [n, { id, startedAt }] of ids.entries()) {
      const at = new Date(startedAt).getTime();
      for (let m = 0; m < MESSAGES_PER_SESSION; m++) {
        const author = m % 2 ? "agent" : "customer";
        insertEvent.run(
          id,
          "message",
          author,
          JSON.stringify({ text: `Nachricht ${m} der Sitzung` }),
          stamp(at + m * 20_000),
        );
        events++;
      }
      insertEvent.run(id, "diagnostics", "customer", "{}", stamp(at + 300_000));
      events++;
      if (n % 4 === 0) {
        const fileId = randomUUID();
        insertFile.run(fileId, id, "toAgent", "protokoll.txt", "text/plain", FILE_BYTES, stamp(at + 400_000));
        fs.mkdirSync(path.join(dir, "files", id), { recursive: true });
        fs.writeFileSync(path.join(dir, "files", id, fileId), bytes);
        files++;
      }
    }
  })();
  db.close();
  console.log(
    `Made one day due (sessions that ended ${from} … ${to}): ${ids.length.toLocaleString("en")} sessions, ${events.toLocaleString("en")} transcript rows, ${files.toLocaleString("en")} files, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return { from, to, sessions: ids.length, events, files };
}

/** Session numbers to look up (spread over the whole range) and teams to search, one per run. */
function searchProbes(file: string, count: number): { numbers: string[]; teams: string[] } {
  const db = new Database(file, { readonly: true });
  const numbers = db
    .prepare(
      "SELECT number FROM \"SupportSession\" WHERE endedAt IS NOT NULL AND number < '900000000' ORDER BY random() LIMIT ?",
    )
    .all(count) as { number: string }[];
  const teams = db.prepare('SELECT DISTINCT teamId FROM "SupportSession" WHERE teamId IS NOT NULL LIMIT 100').all() as {
    teamId: string;
  }[];
  db.close();
  return {
    numbers: numbers.map((row) => row.number),
    teams: Array.from({ length: count }, (_, i) => teams[i % teams.length]!.teamId),
  };
}

/** Sequential searches (a manager reads the results before the next), sorted durations in ms; the first is a warm-up. */
async function timeSearches(base: string, cookie: string, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const response = await fetch(`${base}/manager/session-information?${query}`, { headers: { cookie } });
    const body = await response.text();
    // The results' table, with at least one session: not the form with an error, not an empty list.
    if (response.status !== 200 || !body.includes('id="results-heading"') || !body.includes('scope="row"'))
      throw new Error(`${query} answered without results`);
    if (i > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Watches the due day being forgotten from a read connection of its own: when the first session is
 * marked and when the last one is. Polls every 250 ms.
 */
function watchPurge(file: string, due: DueDay) {
  const db = new Database(file, { readonly: true });
  const count = db.prepare(
    'SELECT COUNT(*) AS n FROM "SupportSession" WHERE endedAt >= ? AND endedAt < ? AND contentPurgedAt IS NOT NULL',
  );
  let from: number | null = null;
  let to: number | null = null;
  const timer = setInterval(() => {
    const { n } = count.get(due.from, due.to) as { n: number };
    if (n > 0 && from === null) from = performance.now();
    if (n === due.sessions && to === null) to = performance.now();
  }, 250);
  return {
    done: async () => {
      clearInterval(timer);
      db.close();
      return from !== null && to !== null ? { from, to } : null;
    },
  };
}

/** What is left of the forgotten day: transcript and file rows, folders on disk, sessions not marked. */
function leftOf(file: string, dir: string, due: DueDay) {
  const db = new Database(file, { readonly: true });
  const params = { from: due.from, to: due.to };
  const sessionIn = `SELECT id FROM "SupportSession" WHERE endedAt >= @from AND endedAt < @to`;
  const one = (sql: string) => (db.prepare(sql).get(params) as { n: number }).n;
  const ids = db.prepare(sessionIn).all(params) as { id: string }[];
  const left = {
    events: one(`SELECT COUNT(*) AS n FROM "SessionEvent" WHERE sessionId IN (${sessionIn})`),
    files: one(`SELECT COUNT(*) AS n FROM "SessionFile" WHERE sessionId IN (${sessionIn})`),
    unmarked: one(
      `SELECT COUNT(*) AS n FROM "SupportSession" WHERE endedAt >= @from AND endedAt < @to AND contentPurgedAt IS NULL`,
    ),
    folders: ids.filter(({ id }) => fs.existsSync(path.join(dir, "files", id))).length,
    kept: ids.length,
  };
  db.close();
  return left;
}
