import pino, { type DestinationStream, type Logger } from "pino";
import { logLevel } from "@/lib/config/env";

// The server's log: one JSON line per entry on standard output (journald, `docker logs` and log
// shippers take it as it is; `npm start | npx pino-pretty` reads it as text), at LOG_LEVEL and up.
// Entries name what happened in a few words and carry the facts as fields — never a password, a
// token or a message body.

/** A logger at `level` that writes to `destination` (standard output unless told otherwise). */
function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

// One per process, like the event bus: the production build has this module in several chunks.
const state = globalThis as unknown as { lotseLogger?: Logger };

/** The process's logger. */
export const logger: Logger = (state.lotseLogger ??= createLogger(logLevel()));

/** A request Lotse turned away (cross-origin, too large, throttled, locked): one line at warn. */
export function logRefusal(reason: string, details: Record<string, unknown> = {}): void {
  logger.warn({ refused: reason, ...details }, "request refused");
}
