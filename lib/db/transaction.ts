import "server-only";
import { db, type Tx } from "./client";

const MAX_ATTEMPTS = 5;

type TransactionOptions = { timeout?: number };

/**
 * Runs `work` in one interactive transaction and runs it again when SQLite reports a busy database.
 *
 * Why: Prisma's SQLite adapter opens transactions with a deferred BEGIN. In WAL mode a transaction
 * that reads first and writes later fails with SQLITE_BUSY_SNAPSHOT when another connection (the
 * admin CLI, a second server process, a test fixture) committed in between — waiting cannot help,
 * only starting over from a fresh snapshot can. The failed attempt was rolled back, so `work` must
 * only touch the database through `tx` (everything else it does must be safe to repeat).
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { timeout: options.timeout ?? 15_000, maxWait: 10_000 });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isBusyError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

export function isBusyError(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    // P1008 / SocketTimeout: the adapter's name for "still busy after the busy timeout".
    if (typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "P2034" || code === "P1008"))
      return true;
    if (/database is locked|SocketTimeout|Operation has timed out/i.test(cause.message)) return true;
  }
  return false;
}
