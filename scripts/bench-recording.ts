// `npm run bench -- recording`: 10 sessions recording a shared screen at once for 60 s. Each agent's
// "browser" uploads a chunk every 2 s through the recording routes, as the console's uploader does;
// measures the upload lag (chunk ready → stored), the server's CPU and memory, and what it wrote.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  cpuSecondsOf,
  memoryOf,
  percentile,
  requireProductionBuild,
  startBenchServer,
  waitForServer,
} from "./lib/bench-support";
import { type Chat, seedLiveChats } from "./bench-live";
import { migrate } from "./lib/runtime.mjs";

export type RecordingBenchOptions = { sessions: number; seconds: number; chunkKb: number; port: number };

/** The console's timeslice: one chunk every two seconds. */
const CHUNK_EVERY_MS = 2000;
/** A chunk must be stored well before the next one is ready, or the uploader falls behind. */
const TARGET_P95_MS = 500;
const SECRET = randomBytes(32).toString("hex");

/** Recording allowed for the account, on at the portal and for the bench team. */
function allowRecording(file: string): void {
  const db = new Database(file);
  db.prepare(
    'INSERT INTO "AccountSettings" (id, localRecordingAllowed, updatedAt) VALUES (1, 1, ?) ON CONFLICT(id) DO UPDATE SET localRecordingAllowed = 1',
  ).run(new Date().toISOString());
  db.prepare('UPDATE "Portal" SET features = ?').run(JSON.stringify({ sessionRecording: true }));
  db.prepare('UPDATE "Team" SET functions = ?').run(JSON.stringify({ multiSession: true, sessionRecording: true }));
  db.close();
}

/** Bytes a process has written to storage so far (/proc/<pid>/io). */
function writtenBytesOf(pid: number): number {
  const io = fs.readFileSync(`/proc/${pid}/io`, "utf8");
  return Number(/^write_bytes:\s+(\d+)/m.exec(io)?.[1] ?? 0);
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/**
 * What a browser uploads, at the bench's bitrate: a screen recorded by headless Chromium (the test
 * fixture), its clusters repeated to the chunk size — so finishing reads a real WebM, and the bytes
 * are video (incompressible) as real chunks are.
 */
function recordedChunks(size: number): { first: ArrayBuffer; next: ArrayBuffer } {
  const recorded = fs.readFileSync(path.resolve("test/fixtures/recordings/screen-vp8.webm"));
  const clusters = recorded.subarray(recorded.indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75])));
  // Whole clusters only: a chunk boundary inside an element is fine, a cut-off element is not.
  const times = Math.max(1, Math.round(size / clusters.length));
  const next = Buffer.concat(Array.from({ length: times }, () => clusters));
  const own = (bytes: Buffer) => new Uint8Array(bytes).buffer as ArrayBuffer;
  return { first: own(Buffer.concat([recorded, next])), next: own(next) };
}

type Upload = { lags: number[]; failures: number; chunks: number; bytes: number };

/** One agent's browser: starts a recording, uploads a chunk every 2 s for `seconds`, finishes it. */
async function record(base: string, chat: Chat, options: RecordingBenchOptions, upload: Upload): Promise<void> {
  const url = `${base}/agent/sessions/${chat.sessionId}/recordings`;
  const headers = { cookie: chat.agentCookie, origin: base };
  const started = await fetch(url, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ contentType: "video/webm;codecs=vp8" }),
  });
  if (started.status !== 201) throw new Error(`starting a recording: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  const chunks = recordedChunks(options.chunkKb * 1024);
  const begin = performance.now();
  const count = Math.floor((options.seconds * 1000) / CHUNK_EVERY_MS);
  for (let index = 0; index < count; index++) {
    const chunk = index === 0 ? chunks.first : chunks.next;
    const readyAt = begin + (index + 1) * CHUNK_EVERY_MS;
    await new Promise((r) => setTimeout(r, Math.max(0, readyAt - performance.now())));
    const response = await fetch(`${url}/${id}/chunks/${index}`, {
      method: "PUT",
      headers: {
        ...headers,
        "content-type": "application/octet-stream",
        "x-media-time-ms": String((index + 1) * 2000),
      },
      body: chunk,
    });
    await response.arrayBuffer();
    if (response.status !== 200) upload.failures++;
    else {
      upload.chunks++;
      upload.bytes += chunk.byteLength;
    }
    upload.lags.push(performance.now() - readyAt);
  }
  const finished = await fetch(`${url}/${id}/finish`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ durationMs: count * CHUNK_EVERY_MS }),
  });
  await finished.arrayBuffer();
  if (finished.status !== 200) upload.failures++;
}

export async function runRecordingBench(options: RecordingBenchOptions): Promise<number> {
  requireProductionBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-recording-"));
  const dbFile = path.join(dir, "bench.db");
  migrate(`file:${dbFile}`);
  const chats = await seedLiveChats(dbFile, {
    chats: options.sessions,
    agents: options.sessions,
    slug: "bench",
    firstNumber: 100_000_000,
    secret: SECRET,
  });
  allowRecording(dbFile);
  const server = startBenchServer(options.port, {
    DATABASE_URL: `file:${dbFile}`,
    LOTSE_DATA_DIR: dir,
    NEXTAUTH_SECRET: SECRET,
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForServer(`${base}/manager`);
    const before = { memory: memoryOf(server.pid!), written: writtenBytesOf(server.pid!) };
    const cpuStart = { server: cpuSecondsOf(server.pid!), at: performance.now() };
    console.log(
      `${chats.length} sessions recording for ${options.seconds} s, a ${options.chunkKb} KB chunk every 2 s each (${os.cpus().length} cores) …`,
    );
    const upload: Upload = { lags: [], failures: 0, chunks: 0, bytes: 0 };
    await Promise.all(chats.map((chat) => record(base, chat, options, upload)));
    const wall = (performance.now() - cpuStart.at) / 1000;
    const cpu = (cpuSecondsOf(server.pid!) - cpuStart.server) / wall;
    const after = { memory: memoryOf(server.pid!), written: writtenBytesOf(server.pid!) };
    const onDisk = folderBytes(path.join(dir, "recordings"));
    const lags = upload.lags.sort((a, b) => a - b);
    const p95 = percentile(lags, 95);
    const pass = p95 <= TARGET_P95_MS && upload.failures === 0;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(`\nChunks: ${upload.chunks} stored (${mb(upload.bytes)} MB of video), ${upload.failures} failed`);
    console.log(
      `Upload lag (chunk ready → stored): p50 ${percentile(lags, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   max ${lags.at(-1)?.toFixed(1)} ms   (target p95 ≤ ${TARGET_P95_MS} ms)`,
    );
    console.log(
      `Server CPU while recording: ${(cpu * 100).toFixed(0)} % of a core (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
    console.log(
      `Server memory: RSS ${before.memory.rssMb.toFixed(0)} MB before, ${after.memory.rssMb.toFixed(0)} MB after, peak ${after.memory.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `Disk: ${mb(onDisk)} MB of encrypted recordings on disk; the server wrote ${mb(after.written - before.written)} MB in all (recordings, database, its journal)`,
    );
    console.log(pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
