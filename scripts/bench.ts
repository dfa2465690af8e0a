// `npm run bench -- agents`: the Agents page at 10,000 agents in 200 teams, and a Masseneingabe of
// 1,000 lines, on a throw-away database against the production build (run `npm run build` first).
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { percentile, startBenchServer, waitForServer } from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    agents: { type: "string", default: "10000" },
    teams: { type: "string", default: "200" },
    requests: { type: "string", default: "50" },
    bulk: { type: "string", default: "1000" },
    port: { type: "string", default: "3900" },
    chats: { type: "string", default: "50" },
    "live-agents": { type: "string", default: "20" },
    seconds: { type: "string", default: "60" },
    parallel: { type: "string", default: "50" },
    managers: { type: "string", default: "10" },
    "signed-in": { type: "string", default: "200" },
    sessions: { type: "string", default: "100" },
    "report-sessions": { type: "string", default: "1000000" },
    "audit-entries": { type: "string", default: "1000000" },
    runs: { type: "string", default: "20" },
    "recording-sessions": { type: "string", default: "10" },
    "chunk-kb": { type: "string", default: "250" },
    "keep-db": { type: "string" },
    creates: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "1" },
  },
});

const TARGET_P95_MS = 150;
const TARGET_BULK_S = 20;
const SECRET = randomBytes(32).toString("hex");

/** 20 top-level teams with sub-teams, `agentCount` agents spread over all of them, one company manager. */
async function seed(file: string, agentCount: number, teamCount: number) {
  const db = new Database(file);
  const now = new Date().toISOString();
  const hash = await hashPassword("Bench-password-1");
  const roots = Math.max(1, Math.round(teamCount / 10));
  const teamIds: string[] = [];
  const insertTeam = db.prepare('INSERT INTO "Team" (id, name, parentId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)');
  const insertUser = db.prepare(
    "INSERT INTO \"User\" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'de', 'Europe/Berlin', ?, ?, ?)",
  );
  const insertAgent = db.prepare(
    'INSERT INTO "AgentProfile" (userId, firstName, lastName, screenName, teamId, searchText) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const first = ["Anna", "Ben", "Cem", "Dora", "Emil", "Fatma", "Gustav", "Hanna", "Ivo", "Jana", "Kai", "Lena"];
  const last = [
    "Albers",
    "Becker",
    "Celik",
    "Dietz",
    "Engel",
    "Fischer",
    "Graf",
    "Hoffmann",
    "Müller",
    "Schulz",
    "Wagner",
    "Zimmer",
  ];
  db.transaction(() => {
    for (let r = 0; r < roots; r++) {
      const rootId = randomUUID();
      insertTeam.run(rootId, `Bereich ${r + 1}`, null, now, now);
      teamIds.push(rootId);
      for (let c = 1; c < teamCount / roots; c++) {
        const id = randomUUID();
        insertTeam.run(id, `Team ${r + 1}.${c}`, rootId, now, now);
        teamIds.push(id);
      }
    }
    for (let i = 0; i < agentCount; i++) {
      const id = randomUUID();
      const firstName = first[i % first.length]!;
      const lastName = `${last[(i * 7) % last.length]}${i}`;
      const loginId = `agent${i}@bench.lotse`;
      insertUser.run(id, "agent", loginId, loginId, hash, now, now, now);
      insertAgent.run(
        id,
        firstName,
        lastName,
        firstName,
        teamIds[i % teamIds.length],
        `${firstName} ${lastName} ${firstName} ${loginId}`.toLowerCase(),
      );
    }
    const managerId = randomUUID();
    insertUser.run(managerId, "manager", "chef@bench.lotse", "chef@bench.lotse", hash, now, now, now);
    db.prepare('INSERT INTO "ManagerProfile" (userId, name, role) VALUES (?, ?, ?)').run(
      managerId,
      "Bench Chef",
      "company",
    );
    db.prepare(
      'INSERT INTO "Session" (id, userId, realm, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)',
    ).run("bench-session", managerId, "manager", now, now, new Date(Date.now() + 3600_000).toISOString());
  })();
  db.close();
  return { teamIds };
}

async function measure(url: string, cookie: string, requests: number, expect: string) {
  const timings: number[] = [];
  for (let i = 0; i < requests + 5; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !body.includes(expect))
      throw new Error(`${url}: ${response.status}, missing "${expect}"`);
    if (i >= 5) timings.push(elapsed); // the first five warm the server up
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), max: timings.at(-1)! };
}

async function benchAgentsPage(dbFile: string, port: number, requests: number) {
  const server = startBenchServer(port, { DATABASE_URL: `file:${dbFile}`, NEXTAUTH_SECRET: SECRET });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/manager`);
    const token = await encode({ token: { sid: "bench-session" }, secret: SECRET, salt: "lotse-session-manager" });
    const cookie = `lotse-manager=${token}`;
    return {
      "first page": await measure(`${base}/manager/agents`, cookie, requests, "Seite 1 von"),
      "search 'müller'": await measure(`${base}/manager/agents?q=m%C3%BCller`, cookie, requests, "Mitarbeiter"),
      "page 50": await measure(`${base}/manager/agents?page=50`, cookie, requests, "Seite 50 von"),
    };
  } finally {
    server.kill("SIGTERM");
  }
}

async function benchBulk(dbFile: string, teamIds: string[], lines: number) {
  process.env.DATABASE_URL = `file:${dbFile}`;
  const { startBulkEntry, getBulkEntry } = await import("@/lib/agents/bulk-entry");
  const db = new Database(dbFile, { readonly: true });
  const team = db
    .prepare('SELECT t.name AS name, p.name AS parent FROM "Team" t JOIN "Team" p ON p.id = t.parentId WHERE t.id = ?')
    .get(teamIds[1]) as { name: string; parent: string };
  const manager = db.prepare('SELECT id, loginId FROM "User" WHERE loginId = ?').get("chef@bench.lotse") as {
    id: string;
    loginId: string;
  };
  db.close();
  const text = Array.from(
    { length: lines },
    (_, i) => `${team.parent},${team.name},bulk${i}@bench.lotse,Bulk,Agent ${i},Bulk-password-${i},,`,
  ).join("\n");
  const actor = {
    type: "user",
    userId: manager.id,
    kind: "manager",
    managerRole: "company",
    loginId: manager.loginId,
    displayName: "Bench Chef",
    email: manager.loginId,
    language: "de",
    timeZone: "Europe/Berlin",
    mustChangePassword: false,
    sessionId: "bench-session",
    sessionCreatedAt: new Date(),
  } as const;
  const started = performance.now();
  const result = await startBulkEntry(actor, text);
  if (!("bulkEntryId" in result))
    throw new Error(`bulk input rejected: ${JSON.stringify(result.problems.slice(0, 3))}`);
  for (;;) {
    const job = await getBulkEntry(actor, result.bulkEntryId);
    if (job.status === "done") return { seconds: (performance.now() - started) / 1000, created: job.created };
    if (job.status === "failed") throw new Error(`bulk entry failed: ${job.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  if (positionals[0] === "live") {
    const { runLiveBench } = await import("./bench-live");
    return runLiveBench({
      chats: Number(values.chats),
      agents: Number(values["live-agents"]),
      seconds: Number(values.seconds),
      port: Number(values.port),
    });
  }
  if (positionals[0] === "recording") {
    const { runRecordingBench } = await import("./bench-recording");
    return runRecordingBench({
      sessions: Number(values["recording-sessions"]),
      seconds: Number(values.seconds),
      chunkKb: Number(values["chunk-kb"]),
      port: Number(values.port),
    });
  }
  if (positionals[0] === "signin") {
    const { runSigninBench } = await import("./bench-signin");
    return runSigninBench({ parallel: Number(values.parallel), port: Number(values.port) });
  }
  if (positionals[0] === "reports-floor") {
    const { runReportsFloor } = await import("./bench-reports-floor");
    return runReportsFloor({
      sessions: Number(values["report-sessions"]),
      agents: 500,
      teams: 50,
      portals: 20,
      days: 90,
      runs: 10,
    });
  }
  if (positionals[0] === "reports") {
    const { runReportsBench } = await import("./bench-reports");
    return runReportsBench({
      sessions: Number(values["report-sessions"]),
      runs: Number(values.runs),
      port: Number(values.port),
      keepDb: values["keep-db"],
    });
  }
  if (positionals[0] === "sessions") {
    const { runSessionsBench } = await import("./bench-sessions");
    return runSessionsBench({
      sessions: Number(values["report-sessions"]),
      runs: Number(values.runs),
      port: Number(values.port),
      chats: Number(values.chats),
      agents: Number(values["live-agents"]),
      seconds: Number(values.seconds),
      keepDb: values["keep-db"],
    });
  }
  if (positionals[0] === "audit") {
    const { runAuditBench } = await import("./bench-audit");
    return runAuditBench({
      entries: Number(values["audit-entries"]),
      runs: Number(values.runs),
      port: Number(values.port),
      keepDb: values["keep-db"],
    });
  }
  if (positionals[0] === "dashboard") {
    const { runDashboardBench } = await import("./bench-dashboard");
    return runDashboardBench({
      managers: Number(values.managers),
      agents: Number(values["signed-in"]),
      sessions: Number(values.sessions),
      seconds: Number(values.seconds),
      port: Number(values.port),
    });
  }
  if (positionals[0] === "api") {
    const { runApiBench } = await import("./bench-api");
    return runApiBench({
      creates: Number(values.creates),
      bulk: Number(values.bulk),
      concurrency: Number(values.concurrency),
      port: Number(values.port),
    });
  }
  if (positionals[0] === "js-weight") {
    const { runJsWeightBench } = await import("./bench-js-weight");
    return runJsWeightBench();
  }
  if (positionals[0] !== "agents") {
    console.log("Usage: npm run bench -- agents [--agents 10000] [--teams 200] [--requests 50] [--bulk 1000]");
    console.log("       npm run bench -- live [--chats 50] [--live-agents 20] [--seconds 60]");
    console.log("       npm run bench -- signin [--parallel 50]");
    console.log("       npm run bench -- dashboard [--managers 10] [--signed-in 200] [--sessions 100] [--seconds 60]");
    console.log("       npm run bench -- js-weight");
    console.log("       npm run bench -- api [--creates 1000] [--bulk 1000] [--concurrency 1]");
    console.log("       npm run bench -- reports-floor [--report-sessions 1000000]");
    console.log("       npm run bench -- reports [--report-sessions 1000000] [--runs 20] [--keep-db FILE]");
    console.log("       npm run bench -- audit [--audit-entries 1000000] [--runs 20] [--keep-db FILE]");
    return 2;
  }
  const agentCount = Number(values.agents);
  const teamCount = Number(values.teams);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-"));
  const dbFile = path.join(dir, "bench.db");
  try {
    migrate(`file:${dbFile}`);
    let started = performance.now();
    const { teamIds } = await seed(dbFile, agentCount, teamCount);
    console.log(
      `Seeded ${agentCount} agents in ${teamIds.length} teams in ${((performance.now() - started) / 1000).toFixed(1)} s (${os.cpus().length} cores).`,
    );
    const pages = await benchAgentsPage(dbFile, Number(values.port), Number(values.requests));
    let ok = true;
    console.log(`\nAgents page, ${values.requests} requests each (target p95 ≤ ${TARGET_P95_MS} ms):`);
    for (const [name, t] of Object.entries(pages)) {
      const pass = t.p95 <= TARGET_P95_MS;
      ok &&= pass;
      console.log(
        `  ${name.padEnd(18)} p50 ${t.p50.toFixed(1).padStart(6)} ms   p95 ${t.p95.toFixed(1).padStart(6)} ms   max ${t.max.toFixed(1).padStart(6)} ms   ${pass ? "PASS" : "FAIL"}`,
      );
    }
    started = performance.now();
    const bulk = await benchBulk(dbFile, teamIds, Number(values.bulk));
    const pass = bulk.seconds <= TARGET_BULK_S;
    ok &&= pass;
    console.log(
      `\nMasseneingabe of ${values.bulk} lines (passwords hashed): ${bulk.seconds.toFixed(1)} s, ${bulk.created} created (target ≤ ${TARGET_BULK_S} s)   ${pass ? "PASS" : "FAIL"}`,
    );
    return ok ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
