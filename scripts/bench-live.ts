// `npm run bench -- live`: 50 simultaneous customer chats with 20 agents on one box. Each side of
// every chat posts a message every second for 60 s through the JSON routes, while both listen on
// their session's event stream (SSE). Measures delivery latency (post sent → event received on the
// other side), counts lost and duplicated messages, and reports the server's memory.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { newRequestToken } from "@/lib/support-requests/request-token";
import {
  cpuSecondsOf,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type LiveBenchOptions = { chats: number; agents: number; seconds: number; port: number };

/**
 * The desk's names: another benchmark seeds it beside its own data, so the portal's slug, the
 * agents' login IDs and the sessions' numbers must not meet what is there already.
 */
export type LiveDesk = { chats: number; agents: number; slug: string; firstNumber: number; secret: string };

const TARGET_P95_MS = 300;
const SECRET = randomBytes(32).toString("hex");

export type Chat = { sessionId: string; token: string; agentCookie: string; slug: string };

/** One team serving a question-box portal, the agents (multi-session), and one open session per chat. */
export async function seedLiveChats(file: string, options: LiveDesk): Promise<Chat[]> {
  const db = new Database(file);
  const now = new Date().toISOString();
  const hash = await hashPassword("Bench-password-1");
  const teamId = randomUUID();
  const portalId = randomUUID();
  const subPortalId = randomUUID();
  const chats: Chat[] = [];
  const perAgent = Math.ceil(options.chats / options.agents);
  const agentIds: string[] = [];
  const sessionIds: string[] = [];
  db.transaction(() => {
    db.prepare(
      'INSERT INTO "Team" (id, name, functions, maxSessions, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(teamId, "Bench", JSON.stringify({ multiSession: true }), perAgent, now, now);
    db.prepare('INSERT INTO "Portal" (id, name, slug, type, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(
      portalId,
      "Bench",
      options.slug,
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
    db.prepare('INSERT INTO "TeamSubPortal" (teamId, subPortalId) VALUES (?, ?)').run(teamId, subPortalId);
    for (let a = 0; a < options.agents; a++) {
      const id = randomUUID();
      agentIds.push(id);
      const loginId = `agent${a}-${options.slug}@bench.lotse`;
      db.prepare(
        'INSERT INTO "User" (id, kind, loginId, email, passwordHash, passwordChangedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, "agent", loginId, loginId, hash, now, now, now);
      db.prepare(
        'INSERT INTO "AgentProfile" (userId, firstName, lastName, screenName, teamId) VALUES (?, ?, ?, ?, ?)',
      ).run(id, "Agent", String(a), `Agent ${a}`, teamId);
      const sid = `bench-agent-${options.slug}-${a}`;
      sessionIds.push(sid);
      db.prepare(
        'INSERT INTO "Session" (id, userId, realm, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(sid, id, "agent", now, now, new Date(Date.now() + 3600_000).toISOString());
      db.prepare('INSERT INTO "AgentPresence" (agentId, sessionId, status, teamId) VALUES (?, ?, ?, ?)').run(
        id,
        sid,
        "available",
        teamId,
      );
    }
    for (let c = 0; c < options.chats; c++) {
      const { token, hash: tokenHash } = newRequestToken();
      const request = db
        .prepare(
          'INSERT INTO "SupportRequest" (token, subPortalId, portalName, subPortalName, portalType, status, language, customerName, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(tokenHash, subPortalId, "Bench", "Allgemein", "questionBox", "accepted", "de", `Kunde ${c}`, now);
      const a = c % options.agents;
      const sessionId = randomUUID();
      db.prepare(
        'INSERT INTO "SupportSession" (id, number, requestId, agentId, agentName, teamId, teamName, portalId, portalName, subPortalId, subPortalName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        sessionId,
        String(options.firstNumber + c),
        request.lastInsertRowid,
        agentIds[a],
        `Agent ${a}`,
        teamId,
        "Bench",
        portalId,
        "Bench",
        subPortalId,
        "Allgemein",
      );
      chats.push({ sessionId, token, agentCookie: sessionIds[a]!, slug: options.slug });
    }
  })();
  db.close();
  for (const chat of chats) {
    chat.agentCookie = `lotse-agent=${await encode({ token: { sid: chat.agentCookie }, secret: options.secret, salt: "lotse-session-agent" })}`;
  }
  return chats;
}

/** Follows an SSE stream, calling `onMessage` with each message event's text. */
async function follow(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onMessage: (text: string) => void,
) {
  const response = await fetch(url, { headers: { ...headers, accept: "text/event-stream" }, signal });
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
        if (!/^event: message$/m.test(frame)) continue;
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (data) onMessage(String((JSON.parse(data) as { body: { text?: string } }).body.text ?? ""));
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/** One message delivered to the other side: when it was posted (performance.now()) and how long it took. */
export type Delivery = { sentAt: number; latencyMs: number };

export type ChatLoad = {
  sent: number;
  deliveries: Delivery[];
  lost: number;
  duplicated: number;
  failures: number;
  /** Request → 201, sorted, ms. */
  postTimes: number[];
  /** Share of a core while sending: the server's and this process's. */
  cpu: { server: number; client: number };
};

/**
 * Every agent and every customer of `chats` posts a message each second for `seconds` s through the
 * JSON routes while both sides follow their session's event stream; measures each message from its
 * post to its event on the other side. `onSending` is called once the warm-up is over.
 */
export async function runChatLoad(
  base: string,
  serverPid: number,
  chats: Chat[],
  seconds: number,
  onSending?: () => void,
): Promise<ChatLoad> {
  const abort = new AbortController();
  try {
    const sent = new Map<string, number>(); // tag → send time
    const received = new Map<string, number>(); // tag → times received on the other side
    const deliveries: Delivery[] = [];
    const onMessage = (receiver: "agent" | "customer") => (text: string) => {
      const match = /^bench (\d+) (agent|customer) (\d+)$/.exec(text);
      if (!match || match[2] === receiver) return; // own messages come back too
      const at = sent.get(text);
      received.set(text, (received.get(text) ?? 0) + 1);
      if (at !== undefined && received.get(text) === 1)
        deliveries.push({ sentAt: at, latencyMs: performance.now() - at });
    };
    const customerUrl = (chat: Chat, what: string) => `${base}/p/${chat.slug}/requests/${chat.token}/${what}`;
    // A stream that fails stops the run (and is thrown at its end), instead of an unhandled
    // rejection that would end this process and leave the server running.
    let streamError: unknown = null;
    const streams = chats.flatMap((chat) =>
      [
        follow(
          `${base}/agent/sessions/${chat.sessionId}/events`,
          { cookie: chat.agentCookie },
          abort.signal,
          onMessage("agent"),
        ),
        follow(customerUrl(chat, "events"), {}, abort.signal, onMessage("customer")),
      ].map((stream) =>
        stream.catch((error: unknown) => {
          streamError ??= error;
          abort.abort();
        }),
      ),
    );
    await new Promise((r) => setTimeout(r, 2000)); // all streams connected
    // Warm-up: the first requests load the routes' code; they are not what a running desk sees.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        chats.map((chat) =>
          Promise.all([
            fetch(`${base}/agent/sessions/${chat.sessionId}/messages`, {
              method: "POST",
              headers: { cookie: chat.agentCookie, "content-type": "application/json", origin: base },
              body: JSON.stringify({ text: "warm-up" }),
            }).then((r) => r.arrayBuffer()),
            fetch(customerUrl(chat, "messages"), {
              method: "POST",
              headers: { "content-type": "application/json", origin: base },
              body: JSON.stringify({ text: "warm-up" }),
            }).then((r) => r.arrayBuffer()),
          ]),
        ),
      );
    }
    await new Promise((r) => setTimeout(r, 2000));
    onSending?.();
    const cpuStart = { server: cpuSecondsOf(serverPid), client: cpuSecondsOf("self"), at: performance.now() };
    let failures = 0;
    const postTimes: number[] = [];
    const post = async (url: string, headers: Record<string, string>, tag: string) => {
      const started = performance.now();
      sent.set(tag, started);
      const response = await fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", origin: base },
        body: JSON.stringify({ text: tag }),
      });
      if (response.status !== 201) failures++;
      await response.arrayBuffer();
      postTimes.push(performance.now() - started);
    };
    const senders = chats.map(async (chat, c) => {
      // Spread the chats over the second, as real people would be.
      await new Promise((r) => setTimeout(r, (c * 1000) / chats.length));
      for (let second = 0; second < seconds; second++) {
        const tick = performance.now();
        await Promise.all([
          post(
            `${base}/agent/sessions/${chat.sessionId}/messages`,
            { cookie: chat.agentCookie },
            `bench ${c} agent ${second}`,
          ),
          post(customerUrl(chat, "messages"), {}, `bench ${c} customer ${second}`),
        ]);
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
      }
    });
    await Promise.all(senders);
    await new Promise((r) => setTimeout(r, 3000)); // the last deliveries
    const wall = (performance.now() - cpuStart.at) / 1000;
    const cpu = {
      server: (cpuSecondsOf(serverPid) - cpuStart.server) / wall,
      client: (cpuSecondsOf("self") - cpuStart.client) / wall,
    };
    abort.abort();
    await Promise.allSettled(streams);
    if (streamError) throw streamError;
    postTimes.sort((a, b) => a - b);
    return {
      sent: sent.size,
      deliveries,
      lost: [...sent.keys()].filter((tag) => !received.has(tag)).length,
      duplicated: [...received.values()].filter((n) => n > 1).length,
      failures,
      postTimes,
      cpu,
    };
  } finally {
    abort.abort();
  }
}

/** Sorted latencies (ms) of the deliveries, optionally only of messages posted within [from, to]. */
export function latenciesOf(deliveries: Delivery[], from = -Infinity, to = Infinity): number[] {
  return deliveries
    .filter((d) => d.sentAt >= from && d.sentAt <= to)
    .map((d) => d.latencyMs)
    .sort((a, b) => a - b);
}

export async function runLiveBench(options: LiveBenchOptions): Promise<number> {
  requireProductionBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-live-"));
  const dbFile = path.join(dir, "bench.db");
  migrate(`file:${dbFile}`);
  const chats = await seedLiveChats(dbFile, {
    chats: options.chats,
    agents: options.agents,
    slug: "bench",
    firstNumber: 100_000_000,
    secret: SECRET,
  });
  const server = startBenchServer(options.port, {
    DATABASE_URL: `file:${dbFile}`,
    LOTSE_DATA_DIR: dir,
    NEXTAUTH_SECRET: SECRET,
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForServer(`${base}/manager`);
    const before = memoryOf(server.pid!);
    const load = await runChatLoad(base, server.pid!, chats, options.seconds, () =>
      console.log(
        `${chats.length} chats, ${options.agents} agents, ${chats.length * 2} event streams open; sending for ${options.seconds} s (${os.cpus().length} cores) …`,
      ),
    );
    const after = memoryOf(server.pid!);
    const latencies = latenciesOf(load.deliveries);
    const p95 = percentile(latencies, 95);
    const pass = p95 <= TARGET_P95_MS && load.lost === 0 && load.duplicated === 0 && load.failures === 0;
    console.log(
      `\nMessages: ${load.sent} sent, ${latencies.length} delivered, ${load.lost} lost, ${load.duplicated} duplicated, ${load.failures} failed posts`,
    );
    console.log(
      `Delivery latency: p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   max ${latencies.at(-1)?.toFixed(1)} ms   (target p95 ≤ ${TARGET_P95_MS} ms)`,
    );
    console.log(
      `Posting (request → 201): p50 ${percentile(load.postTimes, 50).toFixed(1)} ms   p95 ${percentile(load.postTimes, 95).toFixed(1)} ms`,
    );
    console.log(
      `Server memory: RSS ${before.rssMb.toFixed(0)} MB before, ${after.rssMb.toFixed(0)} MB after, peak ${after.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `CPU while sending: server ${(load.cpu.server * 100).toFixed(0)} % of a core, benchmark client ${(load.cpu.client * 100).toFixed(0)} % (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
    console.log(pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
