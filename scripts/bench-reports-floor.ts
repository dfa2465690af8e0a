// `npm run bench -- reports-floor`: the raw-SQL floor the reports of manual chapter 5 will be held
// to (issue 12: Zusammenfassung and Mitarbeiterleistung over 90 days at p95 ≤ 1.5 s and ≤ 3 × this
// floor). Seeds a throw-away database with a million sessions in 90 days by bulk SQL — 500 agents in
// 50 teams, 20 portals with two sub-portals each, survey answers, the activity events the app
// writes — and times the aggregates straight in SQLite (better-sqlite3, no ORM, no rendering).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile } from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type ReportsFloorOptions = { sessions: number; agents: number; teams: number; portals: number; days: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** As Prisma writes DateTime into SQLite (see lib/db/sqlite-timestamp.ts): text compares in time order. */
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** A small deterministic generator: the same seed gives the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Seeded = { seconds: number; requests: number; sessions: number; events: number; from: number; to: number };

/** One run of bulk inserts in one transaction per day: minutes for a million sessions, not hours. */
export function seedReportData(file: string, options: ReportsFloorOptions): Seeded {
  const started = performance.now();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rnd = random(42);
  const to = Date.now();
  const from = to - options.days * DAY_MS;
  const created = stamp(from);
  const teams = Array.from({ length: options.teams }, (_, t) => ({ id: randomUUID(), name: `Team ${t + 1}` }));
  const portals = Array.from({ length: options.portals }, (_, p) => ({
    id: randomUUID(),
    name: `Portal ${p + 1}`,
    subs: [0, 1].map((s) => ({ id: randomUUID(), name: s ? "Technik" : "Allgemein" })),
  }));
  const agents = Array.from({ length: options.agents }, (_, a) => ({
    id: randomUUID(),
    name: `Agent ${a + 1}`,
    team: teams[a % teams.length]!,
  }));
  db.transaction(() => {
    const team = db.prepare(
      'INSERT INTO "Team" (id, name, functions, maxSessions, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const t of teams) team.run(t.id, t.name, "{}", 3, created, created);
    const portal = db.prepare(
      'INSERT INTO "Portal" (id, name, slug, type, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const sub = db.prepare('INSERT INTO "SubPortal" (id, portalId, name, slug, createdAt) VALUES (?, ?, ?, ?, ?)');
    const serves = db.prepare('INSERT INTO "TeamSubPortal" (teamId, subPortalId) VALUES (?, ?)');
    portals.forEach((p, i) => {
      portal.run(p.id, p.name, `portal-${i + 1}`, "questionBox", created, created);
      for (const s of p.subs) {
        sub.run(s.id, p.id, s.name, s.name.toLowerCase(), created);
        // Each sub-portal is served by a few teams.
        for (let k = 0; k < 3; k++) serves.run(teams[(i * 3 + k) % teams.length]!.id, s.id);
      }
    });
    const user = db.prepare(
      'INSERT INTO "User" (id, kind, loginId, email, passwordHash, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const profile = db.prepare(
      'INSERT INTO "AgentProfile" (userId, firstName, lastName, screenName, teamId) VALUES (?, ?, ?, ?, ?)',
    );
    agents.forEach((a, i) => {
      user.run(a.id, "agent", `agent${i}@bench.lotse`, `agent${i}@bench.lotse`, "-", created, created, created);
      profile.run(a.id, "Agent", String(i + 1), a.name, a.team.id);
    });
  })();

  const request = db.prepare(
    'INSERT INTO "SupportRequest" (token, subPortalId, portalName, subPortalName, portalType, status, language, customerName, createdAt, closedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const session = db.prepare(
    'INSERT INTO "SupportSession" (id, number, requestId, agentId, agentName, teamId, teamName, portalId, portalName, subPortalId, subPortalName, startedAt, waitMs, endedAt, durationMs, endedBy, outcome, customerRating, agentRating, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const event = db.prepare(
    'INSERT INTO "ActivityEvent" (at, type, requestId, sessionId, agentId, agentName, teamId, teamName, portalId, portalName, subPortalId, subPortalName, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const outcomes = ["resolved", "resolved", "resolved", "unresolved", "unknown"];
  let requests = 0;
  let sessions = 0;
  let events = 0;
  const perDay = Math.ceil(options.sessions / options.days);
  for (let day = 0; day < options.days; day++) {
    db.transaction(() => {
      const target = Math.min(options.sessions, (day + 1) * perDay);
      while (sessions < target) {
        const p = portals[Math.floor(rnd() * portals.length)]!;
        const s = p.subs[rnd() < 0.7 ? 0 : 1]!;
        const agent = agents[Math.floor(rnd() * agents.length)]!;
        const submittedAt = from + day * DAY_MS + Math.floor(rnd() * DAY_MS);
        const where = [p.id, p.name, s.id, s.name] as const;
        const fate = rnd();
        // One request in ten never becomes a session: the customer gave up, nobody answered, or it was declined.
        const accepted = fate >= 0.1;
        const waited = Math.floor(5_000 + rnd() * rnd() * 600_000);
        const closedAt = submittedAt + waited;
        const status = accepted ? "accepted" : fate < 0.05 ? "abandoned" : "noAgentResponse";
        const { lastInsertRowid } = request.run(
          randomUUID(),
          s.id,
          p.name,
          s.name,
          "questionBox",
          status,
          "de",
          `Kunde ${requests}`,
          stamp(submittedAt),
          stamp(closedAt),
        );
        const requestId = Number(lastInsertRowid);
        requests++;
        event.run(stamp(submittedAt), "submitted", requestId, null, null, null, null, null, ...where, "{}");
        event.run(stamp(submittedAt), "posted", requestId, null, null, null, null, null, ...where, "{}");
        events += 2;
        if (rnd() < 0.08) {
          event.run(
            stamp(submittedAt + 30_000),
            "declined",
            requestId,
            null,
            agent.id,
            agent.name,
            agent.team.id,
            agent.team.name,
            ...where,
            "{}",
          );
          events++;
        }
        if (!accepted) {
          event.run(
            stamp(closedAt),
            status,
            requestId,
            null,
            null,
            null,
            null,
            null,
            ...where,
            JSON.stringify({ waitedMs: waited }),
          );
          events++;
          continue;
        }
        const id = randomUUID();
        const durationMs = Math.floor(60_000 + rnd() * 1_800_000);
        const endedAt = closedAt + durationMs;
        const surveyed = rnd() < 0.3;
        const outcome = outcomes[Math.floor(rnd() * outcomes.length)]!;
        session.run(
          id,
          String(100_000_000 + sessions),
          requestId,
          agent.id,
          agent.name,
          agent.team.id,
          agent.team.name,
          ...where,
          stamp(closedAt),
          waited,
          stamp(endedAt),
          durationMs,
          rnd() < 0.9 ? "agent" : "customer",
          outcome,
          surveyed ? 1 + Math.floor(rnd() * 5) : null,
          rnd() < 0.2 ? 1 + Math.floor(rnd() * 5) : null,
          "",
        );
        sessions++;
        const by = [agent.id, agent.name, agent.team.id, agent.team.name] as const;
        event.run(stamp(closedAt), "accepted", requestId, id, ...by, ...where, JSON.stringify({ waitedMs: waited }));
        event.run(stamp(endedAt), "ended", requestId, id, ...by, ...where, JSON.stringify({ outcome }));
        events += 2;
      }
      // Every agent signs in and out once a day.
      for (const agent of agents) {
        const signIn = from + day * DAY_MS + Math.floor(rnd() * 4 * 3_600_000);
        const by = [agent.id, agent.name, agent.team.id, agent.team.name] as const;
        event.run(stamp(signIn), "agentSignedIn", null, null, ...by, null, null, null, null, "{}");
        event.run(stamp(signIn + 8 * 3_600_000), "agentSignedOut", null, null, ...by, null, null, null, null, "{}");
        events += 2;
      }
    })();
  }
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
  return { seconds: (performance.now() - started) / 1000, requests, sessions, events, from, to };
}

/** The aggregates as plain SQL on the raw tables: what Zusammenfassung and Mitarbeiterleistung are measured against. */
export const FLOORS: Record<string, string> = {
  "Zusammenfassung: requests by outcome": `
    SELECT type, COUNT(*) AS n FROM "ActivityEvent"
    WHERE type IN ('submitted', 'posted', 'declined', 'noAgentResponse', 'abandoned', 'accepted', 'ended')
      AND at >= @from AND at < @to
    GROUP BY type`,
  "Zusammenfassung: sessions, outcomes, durations": `
    SELECT COUNT(*) AS started, SUM(endedAt IS NOT NULL) AS ended, AVG(durationMs) AS avgMs,
           SUM(outcome = 'resolved') AS resolved, SUM(outcome = 'unresolved') AS unresolved,
           SUM(outcome = 'unknown' OR outcome IS NULL) AS unknown
    FROM "SupportSession" WHERE startedAt >= @from AND startedAt < @to`,
  "Zusammenfassung: waiting time to acceptance (avg; p90 by rank)": `
    WITH waits AS (SELECT waitMs AS ms FROM "SupportSession" WHERE startedAt >= @from AND startedAt < @to)
    SELECT (SELECT AVG(ms) FROM waits) AS avgMs,
           (SELECT ms FROM waits ORDER BY ms LIMIT 1 OFFSET (SELECT CAST(COUNT(*) * 0.9 AS INT) FROM waits)) AS p90Ms`,
  "Zusammenfassung by 15-minute slot (for the viewer's days)": `
    SELECT unixepoch(at) / 900 AS slot, type, COUNT(*) AS n FROM "ActivityEvent"
    WHERE type IN ('submitted', 'posted', 'declined', 'noAgentResponse', 'abandoned', 'accepted', 'ended')
      AND at >= @from AND at < @to
    GROUP BY slot, type`,
  "Mitarbeiterleistung: per agent": `
    SELECT agentId, COUNT(*) AS sessions, AVG(durationMs) AS avgMs, AVG(waitMs) AS avgWaitMs,
           AVG(customerRating) AS rating, SUM(outcome = 'resolved') AS resolved
    FROM "SupportSession" WHERE startedAt >= @from AND startedAt < @to
    GROUP BY agentId`,
};

export async function runReportsFloor(options: ReportsFloorOptions & { runs: number }): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-reports-"));
  const file = path.join(dir, "bench.db");
  try {
    migrate(`file:${file}`);
    console.log(
      `Seeding ${options.sessions.toLocaleString("en")} sessions in ${options.days} days (${options.agents} agents, ${options.teams} teams, ${options.portals} portals) …`,
    );
    const seeded = seedReportData(file, options);
    const size = fs.statSync(file).size / 1024 / 1024;
    console.log(
      `Seeded in ${seeded.seconds.toFixed(0)} s: ${seeded.requests.toLocaleString("en")} requests, ${seeded.sessions.toLocaleString("en")} sessions, ${seeded.events.toLocaleString("en")} activity events; ${size.toFixed(0)} MB`,
    );
    const db = new Database(file, { readonly: true });
    const range = { from: stamp(seeded.from), to: stamp(seeded.to + 1) };
    console.log(`\nRaw-SQL floor over all ${options.days} days (${options.runs} runs each):`);
    for (const [name, sql] of Object.entries(FLOORS)) {
      const statement = db.prepare(sql);
      const times: number[] = [];
      let rows = 0;
      for (let run = 0; run < options.runs; run++) {
        const started = performance.now();
        rows = statement.all(range).length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `  ${name}: p50 ${percentile(times, 50).toFixed(0)} ms   p95 ${percentile(times, 95).toFixed(0)} ms   (${rows} rows)`,
      );
    }
    db.close();
    console.log(`\nPeak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
