import "server-only";
import { eventBus } from "@/lib/events/event-bus";
import { onShutdown } from "@/lib/lifecycle/shutdown.mjs";
import { logger } from "@/lib/logging/logger";
import { ACCESS_ENDED_EVENT } from "./access-ended";

export type StreamEvent = { id: number; event: string; data: unknown };

const HEARTBEAT_MS = 15_000;
/**
 * However busy a stream's channel, it asks `stillAllowed` at most this often before loading: a chat
 * wakes its streams on every message, and each check is a database read. So a revoked reader gets at
 * most one more second of events, and a quiet stream notices at its next heartbeat.
 */
export const RECHECK_MS = 1_000;
/**
 * The most events one load returns. A reader further behind (a reconnect after a long chat) gets
 * page after page until a short one says it has caught up — not one page and then silence until the
 * next message wakes the stream.
 */
const EVENT_PAGE_SIZE = 500;
/**
 * When the server shuts down (a restart, an upgrade), each stream ends after asking the browser to
 * come back in this many milliseconds: time for the next process to start listening. EventSource
 * keeps trying at this pace until it gets through, and resumes with Last-Event-ID.
 */
export const RECONNECT_AFTER_SHUTDOWN_MS = 3_000;
const encoder = new TextEncoder();

/** One SSE frame. `id` lets the browser resume with Last-Event-ID after a dropped connection. */
function sseFrame(e: StreamEvent): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/** The id a reconnecting browser sends (header), or a first connection's `?after=` (query). */
function lastEventIdOf(request: Request): number {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : 0;
}

/**
 * A Server-Sent-Events response: sends everything after `lastEventId` that `load` returns, then
 * again whenever a message arrives on one of `channels` (decision record 9: the bus only wakes the
 * stream; the events come from the database, in id order, each once). Loads never overlap; a
 * notification during a load triggers one more. `load` returns at most `limit` events; a full page
 * is followed by the next one as soon as the browser has taken it (so a reader far behind never
 * makes the server hold the whole history), a shorter page ends the reading until the next
 * notification. Heartbeats keep proxies from closing idle streams.
 *
 * Access is checked by the caller when the stream opens, but a stream may stay open for hours:
 * `stillAllowed` checks it again before loading (at most every RECHECK_MS) and on every heartbeat,
 * and the stream ends once the reader's browser session or request is gone, with ACCESS_ENDED_EVENT
 * as its last frame so that the page stops listening instead of reconnecting into the route's own
 * check (401/404). A failed check ends the stream without it: the browser reconnects and the route
 * decides afresh.
 */
export function eventStreamResponse(options: {
  request: Request;
  channels: string[];
  /** Events after `afterId` in id order, at most `limit` of them (notification streams may ignore it). */
  load: (afterId: number, limit: number) => Promise<StreamEvent[]>;
  /** Called after each load; returning true ends the stream (e.g. the session ended). */
  done?: (sent: StreamEvent[]) => boolean;
  /** Run when the stream opens and then every `everyMs` while it stays open (e.g. keep a presence alive). */
  whileOpen?: { everyMs: number; run: () => Promise<void> };
  /** Whether the reader may still read; false (or a failure) ends the stream. Keep it to one cheap query. */
  stillAllowed?: () => Promise<boolean>;
  /** Called once when the stream ends, however it ends (the browser left, access lapsed, a failure). */
  onClose?: () => void;
  /** For tests: how often a comment line keeps the connection alive (and access is checked again). */
  heartbeatMs?: number;
}): Response {
  let lastId = lastEventIdOf(options.request);
  let unsubscribe: (() => void)[] = [];
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let whileOpen: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let forgetShutdownHook: () => void = () => undefined;
  let closeReported = false;
  const reportClose = () => {
    if (closeReported) return;
    closeReported = true;
    forgetShutdownHook();
    try {
      options.onClose?.();
    } catch (error) {
      logger.error({ err: error }, "event stream close handler failed");
    }
  };
  let loading: Promise<void> | null = null;
  let again = false;
  // Resolves when the browser has taken what was queued (the stream's pull), or the stream closed.
  let taken: (() => void) | null = null;
  // The caller checked access just before opening the stream.
  let checkedAt = Date.now();
  const allowed = async (evenIfRecent: boolean): Promise<boolean> => {
    if (!options.stillAllowed || (!evenIfRecent && Date.now() - checkedAt < RECHECK_MS)) return true;
    checkedAt = Date.now();
    return options.stillAllowed();
  };

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        taken?.();
        unsubscribe.forEach((off) => off());
        unsubscribe = [];
        clearInterval(heartbeat);
        clearInterval(whileOpen);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
        reportClose();
      };
      // Ends the stream with a last word to the browser: when to come back, or not to.
      const endWith = (frame: string) => {
        if (closed) return;
        controller.enqueue(encoder.encode(frame));
        close();
      };
      const accessEnded = () => endWith(`event: ${ACCESS_ENDED_EVENT}\ndata: {}\n\n`);
      const untilTaken = () =>
        (controller.desiredSize ?? 1) > 0 || closed ? Promise.resolve() : new Promise<void>((r) => (taken = r));
      const pump = async (): Promise<void> => {
        for (let more = true; more && !closed;) {
          again = false;
          if (!(await allowed(false))) return accessEnded();
          if (closed) return;
          const before = lastId;
          const events = await options.load(lastId, EVENT_PAGE_SIZE);
          if (closed) return;
          for (const e of events) {
            controller.enqueue(encoder.encode(sseFrame(e)));
            lastId = Math.max(lastId, e.id);
          }
          if (options.done?.(events)) return close();
          // A full page that moved on means there may be more; a load that moved nothing must not spin.
          const full = events.length >= EVENT_PAGE_SIZE && lastId > before;
          if (full) await untilTaken();
          more = full || again;
        }
      };
      const wake = () => {
        if (closed) return;
        if (loading) {
          again = true;
          return;
        }
        loading = pump()
          .catch((error) => {
            logger.error({ err: error }, "event stream failed");
            close();
          })
          .finally(() => {
            loading = null;
          });
      };
      unsubscribe = options.channels.map((channel) => eventBus.subscribe(channel, wake));
      heartbeat = setInterval(() => {
        if (closed) return;
        allowed(true).then(
          (ok) => {
            if (!ok) accessEnded();
            else if (!closed) controller.enqueue(encoder.encode(": keep-alive\n\n"));
          },
          (error: unknown) => {
            // Fail closed: the browser reconnects within a second and the route checks afresh.
            logger.error({ err: error }, "event stream access check failed");
            close();
          },
        );
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      if (options.whileOpen) {
        const { everyMs, run } = options.whileOpen;
        const runLogged = () =>
          void run().catch((error: unknown) => logger.error({ err: error }, "event stream task failed"));
        runLogged();
        whileOpen = setInterval(() => {
          if (!closed) runLogged();
        }, everyMs);
      }
      options.request.signal.addEventListener("abort", close);
      forgetShutdownHook = onShutdown(() => endWith(`retry: ${RECONNECT_AFTER_SHUTDOWN_MS}\n\n`));
      // Tell the browser how soon to reconnect, then send what it missed.
      controller.enqueue(encoder.encode("retry: 1000\n\n"));
      wake();
    },
    pull() {
      taken?.();
      taken = null;
    },
    cancel() {
      closed = true;
      taken?.();
      unsubscribe.forEach((off) => off());
      clearInterval(heartbeat);
      clearInterval(whileOpen);
      reportClose();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
