/**
 * The agent's browser side of Sitzungsaufzeichnung: chunks of the recorded screen go up one at a
 * time, in order, to the session's recording routes. Kept apart from MediaRecorder and the page
 * (components/live/screen-recorder.ts) so that the queue, the retries and the resumption can be
 * tested against a fake fetch. Imports nothing.
 *
 * The server counts the chunks it stored (`nextIndex`) and takes only the next one:
 * - 200 `{ nextIndex }`: stored; the next chunk goes up.
 * - 409 `{ nextIndex }`: it has more (a retried chunk had arrived after all) — the stored ones are
 *   dropped from the queue and the upload goes on from there; fewer than sent means chunks are
 *   missing that this browser no longer has, so the recording stops ("failed").
 * - 413 `{ limitReached: true }`: the recording is at its size limit; it stops ("limitReached").
 * - a network error or a 5xx: tried again after a growing pause, each time first asking the server
 *   where it stands (GET the recording: `nextIndex`); after `maxAttempts` it gives up ("failed").
 * A new recorder (a reloaded page) starts a new recording: a fresh WebM stream cannot continue an
 * old file.
 */

export type RecordingStatus = {
  kind: "starting" | "recording" | "limitReached" | "failed" | "off" | "finished";
  /** Bytes the server has stored. */
  bytes: number;
};

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export type UploaderOptions = {
  /** /agent/sessions/<id>/recordings */
  url: string;
  contentType: string;
  onChange?: (status: RecordingStatus) => void;
  fetch?: Fetch;
  wait?: (ms: number) => Promise<void>;
  /** Pauses between attempts; the last one repeats. */
  delaysMs?: readonly number[];
  maxAttempts?: number;
};

type Chunk = { index: number; data: Blob; mediaTimeMs: number };

const DELAYS_MS = [500, 1000, 2000, 4000, 8000];
const TERMINAL = new Set<RecordingStatus["kind"]>(["limitReached", "failed", "off", "finished"]);

/** A refusal that trying again cannot change. */
class Final extends Error {
  constructor(readonly kind: "limitReached" | "failed" | "off") {
    super(kind);
  }
}

export function recordingUploader(options: UploaderOptions) {
  const doFetch: Fetch = options.fetch ?? ((url, init) => fetch(url, init));
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const delays = options.delaysMs ?? DELAYS_MS;
  const maxAttempts = options.maxAttempts ?? 10;
  const queue: Chunk[] = [];
  let id: string | null = null;
  let nextSeq = 0;
  let bytes = 0;
  let kind: RecordingStatus["kind"] = "starting";
  let finishing: number | null = null;
  let running: Promise<void> | null = null;

  const set = (next: RecordingStatus["kind"]) => {
    kind = next;
    if (TERMINAL.has(next) && next !== "finished") queue.length = 0;
    options.onChange?.({ kind, bytes });
  };
  const json = async (response: Response) => (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const recordingUrl = () => `${options.url}/${encodeURIComponent(id!)}`;

  /** The server's count: what is stored leaves the queue; a gap cannot be filled. */
  const resume = (serverNext: number) => {
    if (!Number.isSafeInteger(serverNext) || serverNext < 0) throw new Error("no nextIndex");
    while (queue.length > 0 && queue[0]!.index < serverNext) {
      bytes += queue[0]!.data.size;
      queue.shift();
    }
    if (queue.length > 0 && queue[0]!.index > serverNext) throw new Final("failed");
    nextSeq = Math.max(nextSeq, serverNext + queue.length);
  };

  async function start() {
    const response = await doFetch(options.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ contentType: options.contentType }),
    });
    if (response.status === 404) throw new Final("off");
    if (response.status === 413) throw new Final("limitReached");
    if (!response.ok) throw new Error(`start: ${response.status}`);
    const answer = await json(response);
    id = String(answer.id);
    const first = Number(answer.nextIndex ?? 0);
    // Chunks recorded before the recording existed are numbered from where the server begins.
    queue.forEach((chunk, i) => (chunk.index = first + i));
    nextSeq = first + queue.length;
    set("recording");
  }

  async function put(chunk: Chunk) {
    const response = await doFetch(`${recordingUrl()}/chunks/${chunk.index}`, {
      method: "PUT",
      headers: { "Content-Type": "application/octet-stream", "X-Media-Time-Ms": String(chunk.mediaTimeMs) },
      body: chunk.data,
    });
    if (response.status === 413) throw new Final("limitReached");
    if (response.status === 404) throw new Final("failed");
    if (response.status === 409) return resume(Number((await json(response)).nextIndex));
    if (!response.ok) throw new Error(`chunk ${chunk.index}: ${response.status}`);
    resume(Number((await json(response)).nextIndex ?? chunk.index + 1));
    options.onChange?.({ kind, bytes });
  }

  /** Where the server stands, before trying a chunk again. */
  async function sync() {
    if (!id) return;
    const response = await doFetch(recordingUrl(), { headers: { Accept: "application/json" } });
    if (response.status === 404) throw new Final("failed");
    if (!response.ok) throw new Error(`status: ${response.status}`);
    resume(Number((await json(response)).nextIndex));
  }

  async function finishCall(durationMs: number, keepalive = false) {
    const response = await doFetch(`${recordingUrl()}/finish`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ durationMs }),
      keepalive,
    });
    // Already finished by the server (the session ended, the limit): nothing left to do.
    if (!response.ok && response.status !== 404 && response.status !== 409)
      throw new Error(`finish: ${response.status}`);
  }

  async function attempt(step: () => Promise<void>) {
    for (let tries = 1; ; tries++) {
      try {
        return await step();
      } catch (error) {
        if (error instanceof Final || tries >= maxAttempts) throw error;
        await wait(delays[Math.min(tries - 1, delays.length - 1)]!);
        if (id) await sync().catch((e: unknown) => (e instanceof Final ? Promise.reject(e) : undefined));
      }
    }
  }

  async function drain() {
    try {
      while (!TERMINAL.has(kind)) {
        if (!id && queue.length === 0 && finishing !== null) set("finished");
        else if (!id) await attempt(start);
        else if (queue.length > 0) await attempt(() => put(queue[0]!));
        else if (finishing !== null) {
          await attempt(() => finishCall(finishing!));
          set("finished");
        } else return;
      }
    } catch (error) {
      set(error instanceof Final ? error.kind : "failed");
    }
  }

  const kick = () => {
    running ??= drain().finally(() => {
      running = null;
      // Something arrived after the last look at the queue.
      if (!TERMINAL.has(kind) && (queue.length > 0 || finishing !== null)) void kick();
    });
    return running;
  };

  return {
    /** A chunk of the recording; `mediaTimeMs` is the media time at its end. */
    push(data: Blob, mediaTimeMs: number) {
      if (TERMINAL.has(kind) || finishing !== null) return;
      queue.push({ index: nextSeq++, data, mediaTimeMs });
      void kick();
    },
    /** The recorder stopped: the rest goes up, then the recording is finished. Resolves when done. */
    finish(durationMs: number): Promise<void> {
      if (finishing === null) finishing = durationMs;
      return kick();
    },
    /** The page is going away: finish now (keepalive), whatever is still queued is lost. */
    finishNow(durationMs: number) {
      if (!id || TERMINAL.has(kind)) return;
      finishing = durationMs;
      queue.length = 0;
      void finishCall(durationMs, true).catch(() => undefined);
      kind = "finished";
    },
    status: (): RecordingStatus => ({ kind, bytes }),
  };
}
