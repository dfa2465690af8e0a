// `npm run bench -- api`: the REST API creating agents against the production build — 1,000 single
// `POST /api/v1/agents` (sequential by default: a provisioning script's loop) and then one
// `POST /api/v1/agents/bulk` of 1,000. Measures each single create, both totals, the server's CPU
// and memory, and checks that every agent is in the database.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { newTokenSecret } from "@/lib/api/token-secret";
import {
  cpuSecondsOf,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type ApiBenchOptions = { creates: number; bulk: number; concurrency: number; port: number };

/** A single create hashes a password (argon2) and writes the agent and two audit rows. */
const TARGET_SINGLE_P95_MS = 250;
/** The Masseneingabe's target for as many agents (`bench -- agents`). */
const TARGET_BULK_S = 20;
/** High enough that the benchmark measures the server, not the per-token limit (default 600 a minute). */
const RATE_LIMIT = 1_000_000;

/** One team and an API manager with a token; returns the team's id and the token's secret. */
async function seed(file: string): Promise<{ teamId: string; secret: string }> {
  const db = new Database(file);
  const now = new Date().toISOString();
  const teamId = randomUUID();
  const managerId = randomUUID();
  const { secret, prefix, secretHash } = newTokenSecret();
  const hash = await hashPassword("Bench-password-1");
  db.transaction(() => {
    db.prepare('INSERT INTO "Team" (id, name, parentId, createdAt, updatedAt) VALUES (?, ?, NULL, ?, ?)').run(
      teamId,
      "API-Bench",
      now,
      now,
    );
    db.prepare(
      "INSERT INTO \"User\" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, 'manager', ?, ?, ?, 'de', 'Europe/Berlin', ?, ?, ?)",
    ).run(managerId, "it@bench.lotse", "it@bench.lotse", hash, now, now, now);
    db.prepare('INSERT INTO "ManagerProfile" (userId, name, role) VALUES (?, ?, ?)').run(managerId, "IT", "api");
    db.prepare(
      'INSERT INTO "ApiToken" (id, userId, name, prefix, secretHash, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(randomUUID(), managerId, "bench", prefix, secretHash, now, new Date(Date.now() + 86_400_000).toISOString());
  })();
  db.close();
  return { teamId, secret };
}

const agent = (teamId: string, loginId: string, i: number) => ({
  loginId,
  firstName: "Bench",
  lastName: `Agent ${i}`,
  teamId,
  externalId: `idp-${loginId}`,
});

/** `count` single creates, `concurrency` at a time; the time of each, ascending. */
async function singleCreates(base: string, secret: string, teamId: string, count: number, concurrency: number) {
  const timings: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/agents`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify(agent(teamId, `single${i}@bench.lotse`, i)),
      });
      const text = await response.text();
      timings.push(performance.now() - started);
      if (response.status !== 201) throw new Error(`single create ${i}: ${response.status} ${text.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return timings.sort((a, b) => a - b);
}

async function bulkCreate(base: string, secret: string, teamId: string, count: number) {
  const agents = Array.from({ length: count }, (_, i) => agent(teamId, `bulk${i}@bench.lotse`, i));
  const response = await fetch(`${base}/api/v1/agents/bulk`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ agents }),
  });
  const body = (await response.json()) as { ids?: string[] };
  if (response.status !== 201 || body.ids?.length !== count)
    throw new Error(`bulk create: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
}

/** Runs `work`, measuring its wall time and the server's CPU share meanwhile. */
async function measured(pid: number, work: () => Promise<unknown>) {
  const cpu = cpuSecondsOf(pid);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, cpu: (cpuSecondsOf(pid) - cpu) / seconds };
}

export async function runApiBench(options: ApiBenchOptions): Promise<number> {
  requireProductionBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-api-"));
  const dbFile = path.join(dir, "bench.db");
  migrate(`file:${dbFile}`);
  const { teamId, secret } = await seed(dbFile);
  const server = startBenchServer(options.port, {
    DATABASE_URL: `file:${dbFile}`,
    LOTSE_DATA_DIR: dir,
    LOTSE_API_RATE_LIMIT: String(RATE_LIMIT),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForServer(`${base}/api/v1/openapi.json`);
    // Warm-up: the first requests compile routes and open the database.
    for (let i = 0; i < 3; i++)
      await fetch(`${base}/api/v1/agents?limit=1`, { headers: { authorization: `Bearer ${secret}` } });
    const pid = server.pid!;
    const before = memoryOf(pid);
    console.log(
      `REST API, production build, ${os.cpus().length} cores; LOTSE_API_RATE_LIMIT=${RATE_LIMIT} per minute (the default 600 would stop the single creates after 600).`,
    );
    console.log(
      `${options.creates} single POST /api/v1/agents, ${options.concurrency === 1 ? "one after another" : `${options.concurrency} at a time`}, no password sent (the server hashes a random one, as for an identity provider) …`,
    );
    let timings: number[] = [];
    const single = await measured(pid, async () => {
      timings = await singleCreates(base, secret, teamId, options.creates, options.concurrency);
    });
    const afterSingle = memoryOf(pid);
    console.log(`One POST /api/v1/agents/bulk of ${options.bulk} agents …`);
    const bulk = await measured(pid, () => bulkCreate(base, secret, teamId, options.bulk));
    const after = memoryOf(pid);
    const db = new Database(dbFile, { readonly: true });
    const stored = (
      db.prepare('SELECT count(*) AS n FROM "AgentProfile" WHERE teamId = ?').get(teamId) as { n: number }
    ).n;
    db.close();

    const p95 = percentile(timings, 95);
    const singlePass = p95 <= TARGET_SINGLE_P95_MS;
    const bulkPass = bulk.seconds <= TARGET_BULK_S;
    const countPass = stored === options.creates + options.bulk;
    console.log(
      `\nSingle creates: ${options.creates} in ${single.seconds.toFixed(1)} s (${(options.creates / single.seconds).toFixed(0)}/s); p50 ${percentile(timings, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   max ${timings.at(-1)!.toFixed(1)} ms   (target p95 ≤ ${TARGET_SINGLE_P95_MS} ms)   ${singlePass ? "PASS" : "FAIL"}`,
    );
    console.log(`  server CPU ${(single.cpu * 100).toFixed(0)} % of a core`);
    console.log(
      `Bulk create: ${options.bulk} agents in ${bulk.seconds.toFixed(1)} s (target ≤ ${TARGET_BULK_S} s)   ${bulkPass ? "PASS" : "FAIL"}`,
    );
    console.log(`  server CPU ${(bulk.cpu * 100).toFixed(0)} % of a core`);
    console.log(
      `Server memory: RSS ${before.rssMb.toFixed(0)} MB before, ${afterSingle.rssMb.toFixed(0)} MB after the single creates, ${after.rssMb.toFixed(0)} MB after the bulk create, peak ${after.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `Agents in the database: ${stored} of ${options.creates + options.bulk}   ${countPass ? "PASS" : "FAIL"}`,
    );
    return singlePass && bulkPass && countPass ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
