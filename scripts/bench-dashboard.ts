// `npm run bench -- dashboard`: 10 managers with all five monitors open on their Dashboards, 200
// agents signed in, 100 sessions running, and a customer request arriving every second for 60 s
// through the portal's own form (as a browser without JavaScript sends it). Each manager follows the
// Dashboard's event stream as the page does and, when it names a monitor, fetches that monitor as
// htmx would. Measures change-to-screen latency (request sent → the manager's Aktive-Anfragen monitor
// came back showing it), and reports the server's CPU and memory.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { MONITOR_KINDS } from "@/lib/dashboard/monitor-kinds";
import {
  cpuSecondsOf,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type DashboardBenchOptions = {
  managers: number;
  agents: number;
  sessions: number;
  seconds: number;
  port: number;
};

const TARGET_P95_MS = 1000;
const SECRET = randomBytes(32).toString("hex");
const TEAMS = 10;

type Manager = { cookie: string; activeMonitorId: string; monitorIds: string[] };

/** Ten teams serving one question-box portal, the agents signed in (multi-session), sessions running, managers with monitors. */
async function seed(file: string, options: DashboardBenchOptions): Promise<Manager[]> {
  const db = new Database(file);
  const now = new Date().toISOString();
  const hash = await hashPassword("Bench-password-1");
  const portalId = randomUUID();
  const subPortalId = randomUUID();
  const teamIds = Array.from({ length: TEAMS }, () => randomUUID());
  const agentIds: string[] = [];
  const managers: { sessionId: string; activeMonitorId: string; monitorIds: string[] }[] = [];
  const perAgent = Math.max(1, Math.ceil(options.sessions / options.agents)) + 1;
  const insertUser = db.prepare(
    'INSERT INTO "User" (id, kind, loginId, email, passwordHash, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSession = db.prepare(
    'INSERT INTO "Session" (id, userId, realm, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const expires = new Date(Date.now() + 3600_000).toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO "Portal" (id, name, slug, type, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(
      portalId,
      "Bench",
      "bench",
      "questionBox",
      now,
      now,
    );
    db.prepare('INSERT INTO "SubPortal" (id, portalId, name, slug, createdAt) VALUES (?, ?, ?, ?, ?)').run(
      subPortalId,
      portalId,
      "Allgemein",
      "allgemein",
      now,
    );
    teamIds.forEach((teamId, t) => {
      db.prepare(
        'INSERT INTO "Team" (id, name, functions, maxSessions, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(teamId, `Team ${t + 1}`, JSON.stringify({ multiSession: true }), perAgent, now, now);
      db.prepare('INSERT INTO "TeamSubPortal" (teamId, subPortalId) VALUES (?, ?)').run(teamId, subPortalId);
    });
    for (let a = 0; a < options.agents; a++) {
      const id = randomUUID();
      agentIds.push(id);
      const teamId = teamIds[a % TEAMS]!;
      insertUser.run(id, "agent", `agent${a}@bench.lotse`, `agent${a}@bench.lotse`, hash, now, now, now);
      db.prepare(
        'INSERT INTO "AgentProfile" (userId, firstName, lastName, screenName, teamId) VALUES (?, ?, ?, ?, ?)',
      ).run(id, "Agent", String(a), `Agent ${a}`, teamId);
      const sid = `bench-agent-${a}`;
      insertSession.run(sid, id, "agent", now, now, expires);
      db.prepare('INSERT INTO "AgentPresence" (agentId, sessionId, status, teamId) VALUES (?, ?, ?, ?)').run(
        id,
        sid,
        a % 7 === 0 ? "away" : "available",
        teamId,
      );
    }
    for (let s = 0; s < options.sessions; s++) {
      const request = db
        .prepare(
          'INSERT INTO "SupportRequest" (token, subPortalId, portalName, subPortalName, portalType, status, language, customerName, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(randomUUID(), subPortalId, "Bench", "Allgemein", "questionBox", "accepted", "de", `Kunde ${s}`, now);
      const a = s % options.agents;
      db.prepare(
        'INSERT INTO "SupportSession" (id, number, requestId, agentId, agentName, teamId, teamName, portalId, portalName, subPortalId, subPortalName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        randomUUID(),
        String(200_000_000 + s),
        request.lastInsertRowid,
        agentIds[a],
        `Agent ${a}`,
        teamIds[a % TEAMS],
        `Team ${(a % TEAMS) + 1}`,
        portalId,
        "Bench",
        subPortalId,
        "Allgemein",
      );
    }
    for (let m = 0; m < options.managers; m++) {
      const id = randomUUID();
      insertUser.run(id, "manager", `manager${m}@bench.lotse`, `manager${m}@bench.lotse`, hash, now, now, now);
      db.prepare('INSERT INTO "ManagerProfile" (userId, name, role) VALUES (?, ?, ?)').run(
        id,
        `Manager ${m}`,
        "company",
      );
      const sid = `bench-manager-${m}`;
      insertSession.run(sid, id, "manager", now, now, expires);
      const monitorIds = MONITOR_KINDS.map((kind, position) => {
        const monitorId = randomUUID();
        db.prepare(
          'INSERT INTO "DashboardMonitor" (id, ownerId, kind, name, sortOrder, position, activatedAt, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(monitorId, id, kind, kind, kind === "activeRequests" ? "newestFirst" : "name", position, now, now);
        return monitorId;
      });
      managers.push({
        sessionId: sid,
        monitorIds,
        activeMonitorId: monitorIds[MONITOR_KINDS.indexOf("activeRequests")]!,
      });
    }
  })();
  db.close();
  return Promise.all(
    managers.map(async (m) => ({
      cookie: `lotse-manager=${await encode({ token: { sid: m.sessionId }, secret: SECRET, salt: "lotse-session-manager" })}`,
      monitorIds: m.monitorIds,
      activeMonitorId: m.activeMonitorId,
    })),
  );
}

/** Follows an SSE stream, calling `onEvent` with each named event. */
async function follow(url: string, cookie: string, signal: AbortSignal, onEvent: (name: string) => void) {
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
  if (response.status !== 200 || !response.body) throw new Error(`${url}: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let split: number;
      while ((split = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const name = /^event: (.*)$/m.exec(frame)?.[1];
        if (name) onEvent(name);
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The portal form's hidden fields (the server action's id and state), read once from the page. */
async function portalForm(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/p/bench`)).text();
  const fields = [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (m): [string, string] => [unescapeHtml(m[1]!), unescapeHtml(m[2] ?? "")],
  );
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("no server action form on /p/bench");
  return fields;
}

/** A customer sends the question-box form without JavaScript, from an address of their own. */
async function submitRequest(base: string, hidden: [string, string][], customerName: string, n: number) {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  form.append("name", customerName);
  form.append("problem", `Benchmark ${n}`);
  const response = await fetch(`${base}/p/bench`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { "x-forwarded-for": `10.9.${Math.floor(n / 250)}.${(n % 250) + 1}`, origin: base },
  });
  await response.arrayBuffer();
  return response.status;
}

export async function runDashboardBench(options: DashboardBenchOptions): Promise<number> {
  requireProductionBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-dashboard-"));
  const dbFile = path.join(dir, "bench.db");
  migrate(`file:${dbFile}`);
  const managers = await seed(dbFile, options);
  const server = startBenchServer(options.port, {
    DATABASE_URL: `file:${dbFile}`,
    LOTSE_DATA_DIR: dir,
    NEXTAUTH_SECRET: SECRET,
    LOTSE_TRUST_PROXY: "loopback",
  });
  const base = `http://127.0.0.1:${options.port}`;
  const abort = new AbortController();
  try {
    await waitForServer(`${base}/manager`);
    const hidden = await portalForm(base);
    const sentAt = new Map<string, number>(); // customer name → send time
    const seen = new Map<string, number>(); // `${manager} ${customer}` → first time on screen
    const latencies: number[] = [];
    const fetchTimes: number[] = [];
    const eventTimes: number[] = [];
    let lastSentAt = 0;
    let fetches = 0;
    let fetchedBytes = 0;
    let failures = 0;
    const measuring = { on: false };
    const streams = managers.map((manager, m) => {
      // Like htmx: one fetch per monitor at a time; an event during a fetch fetches once more after it.
      const busy = new Set<string>();
      const again = new Set<string>();
      const fetchMonitor = async (monitorId: string): Promise<void> => {
        if (busy.has(monitorId)) return void again.add(monitorId);
        busy.add(monitorId);
        try {
          const started = performance.now();
          const response = await fetch(`${base}/manager/dashboard/fragments/${monitorId}`, {
            headers: { cookie: manager.cookie },
          });
          const html = await response.text();
          if (response.status !== 200) failures++;
          const arrived = performance.now();
          fetchTimes.push(arrived - started);
          fetches++;
          fetchedBytes += html.length;
          if (monitorId === manager.activeMonitorId && measuring.on) {
            for (const [customer, at] of sentAt) {
              const key = `${m} ${customer}`;
              if (!seen.has(key) && html.includes(customer)) {
                seen.set(key, arrived);
                latencies.push(arrived - at);
              }
            }
          }
        } finally {
          busy.delete(monitorId);
          if (again.delete(monitorId)) void fetchMonitor(monitorId);
        }
      };
      return follow(`${base}/manager/dashboard/events`, manager.cookie, abort.signal, (name) => {
        const id = name.startsWith("monitor-") ? name.slice("monitor-".length) : null;
        // Requests are a second apart and shown well within it: the event follows the latest one.
        if (id === manager.activeMonitorId && measuring.on) eventTimes.push(performance.now() - lastSentAt);
        if (id && manager.monitorIds.includes(id)) void fetchMonitor(id);
      });
    });
    // The first load of each stream names every monitor (the bench sent no digests): let it settle,
    // and warm the routes up with a few requests that are not measured.
    await new Promise((r) => setTimeout(r, 3000));
    for (let w = 0; w < 3; w++) await submitRequest(base, hidden, `Aufwärmen ${w}`, 1000 + w);
    await new Promise((r) => setTimeout(r, 3000));
    console.log(
      `${managers.length} managers × ${MONITOR_KINDS.length} monitors, ${options.agents} agents signed in, ${options.sessions} sessions running; a request every second for ${options.seconds} s (${os.cpus().length} cores) …`,
    );
    const before = memoryOf(server.pid!);
    const cpuStart = { server: cpuSecondsOf(server.pid!), client: cpuSecondsOf("self"), at: performance.now() };
    measuring.on = true;
    let submitFailures = 0;
    const submitTimes: number[] = [];
    for (let n = 0; n < options.seconds; n++) {
      const tick = performance.now();
      const customer = `Kundin-${n}-${randomUUID().slice(0, 6)}`;
      sentAt.set(customer, (lastSentAt = performance.now()));
      const status = await submitRequest(base, hidden, customer, n);
      submitTimes.push(performance.now() - tick);
      if (status !== 303) submitFailures++;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
    }
    await new Promise((r) => setTimeout(r, 3000)); // the last updates
    const wall = (performance.now() - cpuStart.at) / 1000;
    const cpu = {
      server: (cpuSecondsOf(server.pid!) - cpuStart.server) / wall,
      client: (cpuSecondsOf("self") - cpuStart.client) / wall,
    };
    const after = memoryOf(server.pid!);
    abort.abort();
    await Promise.allSettled(streams);
    const expected = sentAt.size * managers.length;
    const missed = expected - latencies.length;
    latencies.sort((a, b) => a - b);
    fetchTimes.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    const pass = p95 <= TARGET_P95_MS && missed === 0 && failures === 0 && submitFailures === 0;
    console.log(
      `\nRequests: ${sentAt.size} sent (${submitFailures} failed); on screen: ${latencies.length} of ${expected}, ${missed} missed`,
    );
    console.log(
      `Change to screen: p50 ${percentile(latencies, 50).toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   max ${latencies.at(-1)?.toFixed(0)} ms   (target p95 ≤ ${TARGET_P95_MS} ms)`,
    );
    submitTimes.sort((a, b) => a - b);
    eventTimes.sort((a, b) => a - b);
    console.log(
      `Request form sent and answered: p50 ${percentile(submitTimes, 50).toFixed(0)} ms   p95 ${percentile(submitTimes, 95).toFixed(0)} ms`,
    );
    console.log(
      `Stream named the Aktive-Anfragen monitor: p50 ${percentile(eventTimes, 50).toFixed(0)} ms   p95 ${percentile(eventTimes, 95).toFixed(0)} ms after the request was sent`,
    );
    console.log(
      `Monitor fetches: ${fetches} (${(fetches / wall).toFixed(1)}/s), p50 ${percentile(fetchTimes, 50).toFixed(0)} ms   p95 ${percentile(fetchTimes, 95).toFixed(0)} ms, ${(fetchedBytes / Math.max(1, fetches) / 1024).toFixed(0)} KB each, ${failures} failed`,
    );
    console.log(
      `Server memory: RSS ${before.rssMb.toFixed(0)} MB before, ${after.rssMb.toFixed(0)} MB after, peak ${after.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `CPU while measuring: server ${(cpu.server * 100).toFixed(0)} % of a core, benchmark client ${(cpu.client * 100).toFixed(0)} % (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
    console.log(pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
  } finally {
    abort.abort();
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
