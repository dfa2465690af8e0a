import "server-only";
import { Readable } from "node:stream";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { logger } from "@/lib/logging/logger";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { reviewableSession } from "@/lib/session-information/session-record";
import { CryptoOpenError, decryptFrame, openDataKey } from "./crypto";
import { finalizeRecording } from "./finish-recordings";
import { type ByteRange, parseByteRange } from "./byte-range";
import { openPortalKey } from "./portal-keys";
import { openFrames } from "./recording-storage";
import type { RecordingStatus } from "./upload";
import { issueTicket, type ReplayPurpose, ticketOf } from "./replay-tickets";
import { assertSecretAttemptsLeft, countWrongSecret } from "./secret-attempts";

/**
 * Replaying and exporting a session's recordings in Sitzungsinformationen (decision record 26).
 * Who may: whoever may review the session and replay (`sessionInformationScope().mayReplay`); an
 * export needs `mayExport` too. Everyone else, a purged session and a recording that is not the
 * session's: "not found".
 */

export type SessionRecordingRow = {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  durationMs: number;
  bytes: number;
  status: RecordingStatus;
  /** Whether replaying asks for the portal's Passphrase für Sitzungswiedergabe. */
  sealedWithPassphrase: boolean;
};

async function replayableSession(actor: Principal, sessionNumber: unknown, purpose: ReplayPurpose) {
  const { session, mayReplay, mayExport } = await reviewableSession(actor, sessionNumber);
  if (!mayReplay || (purpose === "export" && !mayExport) || session.contentPurgedAt !== null)
    throw new NotFoundError("recording");
  return session;
}

/** The session's recordings, oldest first, for the session page; empty while nothing was recorded. */
export async function sessionRecordings(actor: Principal, sessionNumber: unknown): Promise<SessionRecordingRow[]> {
  const session = await replayableSession(actor, sessionNumber, "replay");
  const [recordings, key] = await Promise.all([
    db.sessionRecording.findMany({
      where: { sessionId: session.id },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    }),
    db.portalRecordingKey.findUnique({ where: { portalId: session.portalId }, select: { sealedWith: true } }),
  ]);
  return recordings.map((r) => ({
    id: r.id,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    durationMs: r.durationMs,
    bytes: r.bytes,
    status: r.status as RecordingStatus,
    sealedWithPassphrase: key?.sealedWith === "passphrase",
  }));
}

/**
 * Opens a recording for one viewing (`replay`) or one download (`export`): the portal's private key
 * with the passphrase when it has one (`passphraseRequired`, `wrongPassphrase` under `passphrase`;
 * wrong ones count against `tooManyPassphraseAttempts`), then the recording's data key. Written to
 * the audit log. Returns the ticket that `recordingStream` takes.
 */
export async function unlockRecording(
  actor: Principal,
  sessionNumber: unknown,
  recordingId: unknown,
  passphrase: unknown,
  purpose: ReplayPurpose,
): Promise<{ ticket: string }> {
  const session = await replayableSession(actor, sessionNumber, purpose);
  if (typeof recordingId !== "string" || recordingId.length > 64) throw new NotFoundError("recording");
  let recording = await db.sessionRecording.findFirst({ where: { id: recordingId, sessionId: session.id } });
  if (!recording || recording.endedAt === null) throw new NotFoundError("recording");
  if (recording.uploadKey !== null) {
    // Not finalized yet (a crash, a session that has only just ended): now. Should that fail, the
    // video is still there, only without its duration.
    await finalizeRecording(recording.id).catch((error: unknown) =>
      logger.error({ err: error, recordingId: recording!.id }, "finalizing a recording failed"),
    );
    recording = await db.sessionRecording.findUniqueOrThrow({ where: { id: recording.id } });
  }
  const key = await db.portalRecordingKey.findUnique({ where: { portalId: recording.portalId } });
  if (!key) throw new ValidationError({ passphrase: "recordingUnreadable" });
  const typed = typeof passphrase === "string" ? passphrase.slice(0, 1000) : "";
  if (key.sealedWith === "passphrase" && typed) await assertSecretAttemptsLeft(actor);
  let privateKey: Buffer;
  try {
    privateKey = await openPortalKey(key, typed, "passphrase");
  } catch (error) {
    if (error instanceof ValidationError && error.fieldErrors.passphrase === "wrongPassphrase")
      await countWrongSecret(actor);
    throw error;
  }
  let dataKey: Buffer;
  try {
    dataKey = openDataKey(recording.sealedDataKey, privateKey, recording.id);
  } catch (error) {
    if (error instanceof CryptoOpenError) throw new ValidationError({ passphrase: "recordingUnreadable" });
    throw error;
  }
  await inTransaction((tx) =>
    writeAudit(tx, {
      actor,
      action: purpose === "export" ? "sessionInformation.recordingExported" : "sessionInformation.recordingReplayed",
      targetType: "supportSession",
      targetId: session.id,
      summary: { sessionNumber: session.number, recordingId: recording.id },
    }),
  );
  const ticket = issueTicket({
    dataKey,
    recordingId: recording.id,
    sessionId: session.id,
    userId: actor.userId,
    purpose,
  });
  return { ticket };
}

export type RecordingBytes = {
  /** Size of the whole video as delivered (with its rewritten header). */
  total: number;
  /** The bytes sent: a range (206), or null for the whole video (200). */
  range: ByteRange | null;
  /** "unsatisfiable": the range lies past the end (416); no body then. */
  unsatisfiable: boolean;
  body: ReadableStream<Uint8Array> | null;
  /** The 1-based place of the recording in its session, for the export's file name. */
  ordinal: number;
  sessionNumber: string;
};

/**
 * The decrypted video, or a byte range of it, for a ticket of this actor (anyone else's, an
 * expired one, one for another purpose or recording: "not found"). Only the frames the range
 * touches are read and decrypted, one at a time, as the response is sent.
 */
export async function recordingStream(
  actor: Principal,
  ticket: unknown,
  rangeHeader: string | null,
  expected: { recordingId?: unknown; purpose?: ReplayPurpose; sessionNumber?: unknown } = {},
): Promise<RecordingBytes> {
  const found = ticketOf(ticket, actor.userId);
  if (
    !found ||
    (expected.purpose && found.purpose !== expected.purpose) ||
    (expected.recordingId !== undefined && expected.recordingId !== found.recordingId)
  )
    throw new NotFoundError("recording");
  // Purged since it was unlocked: the rows are gone, and so is the recording.
  const recording = await db.sessionRecording.findUnique({
    where: { id: found.recordingId },
    include: { session: { select: { number: true, contentPurgedAt: true } } },
  });
  if (!recording || recording.session.contentPurgedAt !== null) throw new NotFoundError("recording");
  if (expected.sessionNumber !== undefined && expected.sessionNumber !== recording.session.number)
    throw new NotFoundError("recording");
  // A right taken away while a ticket lives counts at once: every request checks it again.
  await replayableSession(actor, recording.session.number, found.purpose);
  const ordinal = await db.sessionRecording.count({
    where: {
      sessionId: recording.sessionId,
      OR: [{ startedAt: { lt: recording.startedAt } }, { startedAt: recording.startedAt, id: { lte: recording.id } }],
    },
  });

  const header =
    recording.headerBytes !== null &&
    recording.headerReplaces !== null &&
    recording.headerFileOffset !== null &&
    recording.headerFrameBytes !== null
      ? {
          bytes: recording.headerBytes,
          replaces: recording.headerReplaces,
          fileOffset: recording.headerFileOffset,
          frameBytes: recording.headerFrameBytes,
        }
      : null;
  const total = header ? header.bytes + recording.bytes - header.replaces : recording.bytes;
  const range = parseByteRange(rangeHeader, total);
  const base = { total, ordinal, sessionNumber: recording.session.number };
  if (range === "unsatisfiable") return { ...base, range: null, unsatisfiable: true, body: null };
  const span = range ?? { start: 0, end: total - 1 };
  const body =
    total === 0
      ? Readable.toWeb(Readable.from([]))
      : Readable.toWeb(Readable.from(decryptedSpan(recording, header, found.dataKey, span)));
  return { ...base, range, unsatisfiable: false, body: body as ReadableStream<Uint8Array> };
}

type Header = { bytes: number; replaces: number; fileOffset: number; frameBytes: number } | null;

/** The delivered bytes `start..end`: from the rewritten header first, then from the chunks. */
async function* decryptedSpan(
  recording: { id: string; sessionId: string },
  header: Header,
  dataKey: Buffer,
  span: ByteRange,
): AsyncGenerator<Buffer> {
  const frames = await openFrames(recording.sessionId, recording.id);
  if (!frames) throw new Error("recording file missing");
  try {
    let at = span.start;
    const headerBytes = header?.bytes ?? 0;
    if (header && at < headerBytes) {
      const plain = decryptFrame(
        dataKey,
        recording.id,
        "header",
        await frames.read(header.fileOffset, header.frameBytes),
      );
      yield plain.subarray(at, Math.min(span.end + 1, headerBytes));
      at = headerBytes;
    }
    if (at > span.end) return;
    // Delivered offsets past the header map to the recorded video past what the header replaces.
    const shift = (header?.replaces ?? 0) - headerBytes;
    const mediaStart = at + shift;
    const mediaEnd = span.end + shift;
    const first = await db.recordingChunk.findFirst({
      where: { recordingId: recording.id, mediaOffset: { lte: mediaStart } },
      orderBy: { index: "desc" },
      select: { index: true },
    });
    let next = first?.index ?? 0;
    for (;;) {
      const page = await db.recordingChunk.findMany({
        where: { recordingId: recording.id, index: { gte: next }, mediaOffset: { lte: mediaEnd } },
        orderBy: { index: "asc" },
        take: 64,
      });
      for (const chunk of page) {
        const plain = decryptFrame(
          dataKey,
          recording.id,
          chunk.index,
          await frames.read(chunk.fileOffset, chunk.frameBytes),
        );
        const from = Math.max(0, mediaStart - chunk.mediaOffset);
        const to = Math.min(chunk.mediaBytes, mediaEnd + 1 - chunk.mediaOffset);
        if (to > from) yield plain.subarray(from, to);
      }
      if (page.length < 64) return;
      next = page.at(-1)!.index + 1;
    }
  } finally {
    await frames.close();
  }
}
