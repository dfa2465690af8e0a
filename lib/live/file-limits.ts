import "server-only";
import {
  minFreeDiskBytes,
  participantFilesMaxBytes,
  sessionFilesMaxBytes,
  sessionFilesMaxCount,
} from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors/domain-errors";
import { type FileUsage, quotaRefusal } from "./file-quota";
import { freeDiskBytes } from "./file-storage";
import type { SessionSide } from "./participant";

/** Who sent a stored file, from its direction. */
const SENDER_OF_DIRECTION: Record<string, SessionSide> = { toCustomer: "agent", toAgent: "customer" };

async function fileUsageOf(tx: Tx, sessionId: string): Promise<FileUsage> {
  const rows = await tx.sessionFile.groupBy({
    by: ["direction"],
    where: { sessionId },
    _sum: { size: true },
    _count: { _all: true },
  });
  const usage: FileUsage = { files: 0, bytes: 0, bytesFrom: { customer: 0, agent: 0 } };
  for (const row of rows) {
    const bytes = row._sum.size ?? 0;
    usage.files += row._count._all;
    usage.bytes += bytes;
    const side = SENDER_OF_DIRECTION[row.direction];
    if (side) usage.bytesFrom[side] += bytes;
  }
  return usage;
}

/**
 * Refuses a file of `size` bytes from `side` that the session's quota (lib/live/file-quota.ts)
 * has no room for. Only the call inside the transaction that records the file decides for sure —
 * two uploads checked before either is recorded would both fit — so `sendFile` makes it there;
 * the calls before it only spare writing (or reading) bytes that cannot be kept.
 */
export async function assertQuotaLeft(tx: Tx, sessionId: string, side: SessionSide, size: number): Promise<void> {
  const limits = {
    sessionBytes: sessionFilesMaxBytes(),
    participantBytes: participantFilesMaxBytes(),
    sessionFiles: sessionFilesMaxCount(),
  };
  const refusal = quotaRefusal(await fileUsageOf(tx, sessionId), side, size, limits);
  if (refusal) throw new ValidationError({ file: refusal });
}

/**
 * Refuses a file that would leave less than the configured reserve free on the data folder's disk,
 * so uploads can never starve the database (which lives there too) of room. Parallel uploads each
 * see the space before the others are written; the reserve (1 GB by default, files at most 10 MB)
 * is what absorbs that.
 */
export async function assertDiskRoom(size: number): Promise<void> {
  if ((await freeDiskBytes()) - size < minFreeDiskBytes()) throw new ValidationError({ file: "storageFull" });
}
