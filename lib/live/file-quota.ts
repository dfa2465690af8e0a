import type { SessionSide } from "./participant";

/**
 * How much a session may hold in files (docs/decisions/0010): a total for the session, a share for
 * each side of it — so one participant cannot use up what the other needs — and a number of files.
 * Byte limits count what the files hold, not what went over the wire.
 */
export type FileLimits = { sessionBytes: number; participantBytes: number; sessionFiles: number };

/** What a session holds already: all its files, and the bytes each side sent. */
export type FileUsage = { files: number; bytes: number; bytesFrom: Record<SessionSide, number> };

export type QuotaRefusal = "sessionFileCountExceeded" | "participantFileQuotaExceeded" | "sessionFileQuotaExceeded";

/**
 * Why one more file of `size` bytes from `side` does not fit, or null when it does. A file that
 * lands exactly on a limit fits. The sender's own share is named first: that is the limit they
 * can do something about (send less), while the session's total may be the other side's doing.
 * With `size` 1 it answers "is anything left at all?", which upload handlers ask before reading.
 */
export function quotaRefusal(
  usage: FileUsage,
  side: SessionSide,
  size: number,
  limits: FileLimits,
): QuotaRefusal | null {
  if (usage.files + 1 > limits.sessionFiles) return "sessionFileCountExceeded";
  if (usage.bytesFrom[side] + size > limits.participantBytes) return "participantFileQuotaExceeded";
  if (usage.bytes + size > limits.sessionBytes) return "sessionFileQuotaExceeded";
  return null;
}
