import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * MediaRecorder writes a WebM as a live stream: the Segment has no size, Info has no Duration and
 * there are no Cues, so a browser shows no length and cannot seek. Once a recording is finished
 * Lotse reads it through once with ts-ebml (decision record 26: a maintained EBML decoder and
 * encoder, the base of the npm packages that fix this in browsers) and rewrites its metadata — the
 * part before the first Cluster — with Duration, a SeekHead and Cues. Only that part changes: the
 * video is delivered as the new header followed by the recorded bytes from `replaces` on.
 */
export type RewrittenHeader = {
  /** The new metadata: EBML header, Segment start, SeekHead, Info with Duration, Tracks, Cues. */
  header: Buffer;
  /** How many bytes at the start of the recorded video it stands for (the old metadata). */
  replaces: number;
  /** The duration it states, in milliseconds. */
  durationMs: number;
};

/**
 * The reading runs in a worker thread (webm-header-worker.mjs) with a time budget: the bytes come
 * from a browser, and on some malformed input ts-ebml's decoder loops forever — in the server's own
 * thread that would stop every request. A well-formed 200 MB recording takes about 6 s.
 */
const BUDGET_MS = 60_000;
/** The worker is a plain module beside this file in the source tree that `npm start` runs from. */
const WORKER = path.join(process.cwd(), "lib/recordings/webm-header-worker.mjs");
const WEBM_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

/**
 * One rewrite at a time in this process: ten recordings that end together would otherwise hold ten
 * workers, each with its recording in memory (a 200 MB recording needs about twice that). On
 * globalThis: the routes and actions that finish recordings are bundled apart.
 */
const state = globalThis as unknown as { lotseWebmRewrites?: Promise<unknown> };

export function oneRewriteAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = (state.lotseWebmRewrites ?? Promise.resolve()).catch(() => undefined).then(work);
  state.lotseWebmRewrites = run.catch(() => undefined);
  return run;
}

/** Reads a recording chunk by chunk (`push`), then `finish()`: the new header, or null. */
export class WebmHeaderRewriter {
  private readonly worker: Worker;
  private readonly answer: Promise<RewrittenHeader | null>;
  private first = true;
  private webm = true;

  constructor(budgetMs = BUDGET_MS) {
    this.worker = new Worker(WORKER);
    this.answer = new Promise<RewrittenHeader | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), budgetMs);
      this.worker.on("message", (message: { kind: string; header?: RewrittenHeader | null }) => {
        clearTimeout(timer);
        const header = message.kind === "done" ? message.header : null;
        resolve(header ? { ...header, header: Buffer.from(header.header) } : null);
      });
      this.worker.on("error", () => {
        clearTimeout(timer);
        resolve(null);
      });
    }).finally(() => void this.worker.terminate());
  }

  push(chunk: Uint8Array): void {
    // What does not begin as a WebM is kept as recorded; ts-ebml never sees it.
    if (this.first) this.webm = WEBM_MAGIC.every((byte, i) => chunk[i] === byte);
    this.first = false;
    if (!this.webm) return;
    // The decoder wants an ArrayBuffer of exactly these bytes (a Buffer may be a view of a bigger one).
    const exact = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) as ArrayBuffer;
    this.worker.postMessage({ kind: "chunk", bytes: exact }, [exact]);
  }

  /** The new header; null when the video holds no metadata and clusters to describe, is no WebM or takes too long. */
  async finish(): Promise<RewrittenHeader | null> {
    if (!this.webm || this.first) {
      void this.worker.terminate();
      return null;
    }
    this.worker.postMessage({ kind: "finish" });
    return this.answer;
  }
}
