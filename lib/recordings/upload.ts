import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { maxRecordingBytes } from "@/lib/config/env";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "@/lib/live/channels";
import { type Participant, sessionOf } from "@/lib/live/participant";
import { sessionFeatureOn } from "@/lib/live/session-features";
import { encryptFrame, newDataKey, sealDataKey } from "./crypto";
import { finalizeRecording, stopRecording } from "./finish-recordings";
import { portalPublicKey } from "./portal-keys";
import { RecordingGapError, RecordingLimitError } from "./recording-errors";
import { withRecordingLock } from "./recording-lock";
import { writeFrameAt } from "./recording-storage";
import { openUploadKey, sealUploadKey } from "./upload-key";

/**
 * The agent's browser records the shared screen with MediaRecorder and uploads it in numbered
 * chunks (decision record 26). Each chunk is encrypted on arrival and appended to the recording's
 * file; the database counts what is stored, so an upload that broke off resumes at `nextIndex`,
 * a retried chunk is answered without being stored twice, and a chunk from further ahead is
 * refused with the index to go on from. All of a session's recordings together stop at
 * LOTSE_MAX_RECORDING_BYTES (200 MiB): the chunk that would pass it ends the recording.
 *
 * Only the agent of the open session with "Sitzungsaufzeichnung" on may record; for anyone and
 * anything else the recording is "not found".
 */

/** The largest chunk one request carries (a MediaRecorder timeslice is a few KB to a few MB). */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export type RecordingStatus = "recording" | "complete" | "limitReached";

const CONTENT_TYPE = /^video\/webm(\s*;\s*codecs\s*=\s*"?[A-Za-z0-9.,\s]{1,60}"?)?$/i;

async function agentsSession(participant: Participant, sessionId: string) {
  if (participant.kind !== "agent") throw new NotFoundError("session");
  return (await sessionOf(participant, sessionId)).session;
}

async function recordingOf(participant: Participant, sessionId: unknown, recordingId: unknown) {
  if (typeof sessionId !== "string" || typeof recordingId !== "string" || recordingId.length > 64)
    throw new NotFoundError("recording");
  const session = await agentsSession(participant, sessionId);
  const recording = await db.sessionRecording.findFirst({ where: { id: recordingId, sessionId: session.id } });
  if (!recording) throw new NotFoundError("recording");
  return { session, recording };
}

/** Bytes the session's recordings have stored, all together. */
async function sessionRecordedBytes(client: Tx | typeof db, sessionId: string): Promise<number> {
  const { _sum } = await client.sessionRecording.aggregate({ where: { sessionId }, _sum: { bytes: true } });
  return _sum.bytes ?? 0;
}

function publish(sessionId: string) {
  eventBus.publish(sessionChannel(sessionId), { type: "events" });
}

/**
 * Starts a recording: `{ id, nextIndex: 0, maxBytes }`, `maxBytes` being the room the session's
 * recordings have left. The portal's key pair is made with its first recording. The customer is
 * told by a "recordingStarted" event in the transcript.
 */
export async function startRecording(participant: Participant, sessionId: string, input: { contentType?: unknown }) {
  const session = await agentsSession(participant, sessionId);
  if (session.endedAt !== null || !(await sessionFeatureOn(session, "sessionRecording")))
    throw new NotFoundError("session");
  const contentType = typeof input?.contentType === "string" ? input.contentType.trim() : "";
  if (contentType.length > 100 || !CONTENT_TYPE.test(contentType))
    throw new ValidationError({ contentType: "recordingContentType" });
  const room = maxRecordingBytes() - (await sessionRecordedBytes(db, session.id));
  if (room <= 0) throw new RecordingLimitError();

  const id = randomUUID();
  const dataKey = newDataKey();
  const sealedDataKey = sealDataKey(dataKey, await portalPublicKey(session.portalId), id);
  const uploadKey = await sealUploadKey(dataKey, id);
  await inTransaction(async (tx) => {
    const open = await tx.supportSession.count({ where: { id: session.id, endedAt: null } });
    if (open === 0) throw new NotFoundError("session");
    await tx.sessionRecording.create({
      data: { id, sessionId: session.id, portalId: session.portalId, sealedDataKey, uploadKey, contentType },
    });
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: "recordingStarted",
        author: "system",
        body: JSON.stringify({ recordingId: id }),
      },
    });
  });
  publish(session.id);
  return { id, nextIndex: 0, maxBytes: room };
}

const chunkSchema = z.object({
  index: z.number().int().min(0).max(10_000_000),
  mediaTimeMs: z.number().int().min(0).max(2_147_483_647).optional().catch(undefined),
});

export type ChunkInput = { index: unknown; bytes: Uint8Array; mediaTimeMs?: unknown };

/**
 * Stores chunk `index` of a recording: `{ nextIndex }`. A chunk stored before is answered as
 * stored (a retry); one from further ahead throws RecordingGapError; the chunk that would take
 * the session's recordings past their limit is refused with RecordingLimitError and ends the
 * recording ("limitReached", and a "recordingStopped" event both sides see).
 *
 * Crash safety: the frame is written at the end of the file as the database knows it (cutting off
 * whatever a crash left behind it) and made durable before the row that points at it commits.
 */
export async function appendRecordingChunk(
  participant: Participant,
  sessionId: string,
  recordingId: string,
  input: ChunkInput,
): Promise<{ nextIndex: number }> {
  const parsed = chunkSchema.safeParse({ index: input.index, mediaTimeMs: input.mediaTimeMs });
  if (!parsed.success || !(input.bytes instanceof Uint8Array)) throw new NotFoundError("chunk");
  const { index, mediaTimeMs } = parsed.data;
  const bytes = input.bytes;
  if (bytes.byteLength > MAX_CHUNK_BYTES) throw new ValidationError({ chunk: "recordingChunkTooLarge" });
  const { recording: found } = await recordingOf(participant, sessionId, recordingId);

  return withRecordingLock(found.id, async () => {
    const recording = await db.sessionRecording.findUniqueOrThrow({ where: { id: found.id } });
    if (index < recording.chunkCount) return { nextIndex: recording.chunkCount };
    if (recording.status === "limitReached") throw new RecordingLimitError();
    if (recording.status !== "recording" || recording.uploadKey === null) throw new NotFoundError("recording");
    if (index > recording.chunkCount) throw new RecordingGapError(recording.chunkCount);

    if ((await sessionRecordedBytes(db, recording.sessionId)) + bytes.byteLength > maxRecordingBytes()) {
      await reachLimit(recording.id, recording.sessionId);
      throw new RecordingLimitError();
    }
    const previous =
      index === 0
        ? null
        : await db.recordingChunk.findUnique({
            where: { recordingId_index: { recordingId: recording.id, index: index - 1 } },
          });
    const fileOffset = previous ? previous.fileOffset + previous.frameBytes : 0;
    const dataKey = await openUploadKey(recording.uploadKey, recording.id);
    const frame = encryptFrame(dataKey, recording.id, index, bytes);
    await writeFrameAt(recording.sessionId, recording.id, fileOffset, frame);

    const stored = await inTransaction(async (tx) => {
      if ((await sessionRecordedBytes(tx, recording.sessionId)) + bytes.byteLength > maxRecordingBytes()) return false;
      const { count } = await tx.sessionRecording.updateMany({
        where: { id: recording.id, status: "recording", chunkCount: index },
        data: {
          chunkCount: { increment: 1 },
          bytes: { increment: bytes.byteLength },
          ...(mediaTimeMs !== undefined && mediaTimeMs > recording.durationMs ? { durationMs: mediaTimeMs } : {}),
        },
      });
      if (count === 0) throw new NotFoundError("recording");
      await tx.recordingChunk.create({
        data: {
          recordingId: recording.id,
          index,
          fileOffset,
          frameBytes: frame.byteLength,
          mediaOffset: recording.bytes,
          mediaBytes: bytes.byteLength,
        },
      });
      return true;
    });
    if (!stored) {
      await reachLimit(recording.id, recording.sessionId);
      throw new RecordingLimitError();
    }
    return { nextIndex: index + 1 };
  });
}

/** The recording ends at the limit; both sides are told. Runs under the recording's lock. */
async function reachLimit(recordingId: string, sessionId: string) {
  const stopped = await inTransaction((tx) => stopRecording(tx, recordingId, new Date(), "limitReached"));
  if (!stopped) return;
  publish(sessionId);
  // Finalizing takes the same lock: after this chunk's answer, not inside it.
  void finalizeRecording(recordingId).catch(() => undefined);
}

/** The agent's browser stopped recording: the recording is complete (a second call changes nothing). */
export async function finishRecording(
  participant: Participant,
  sessionId: string,
  recordingId: string,
  input: { durationMs?: unknown },
): Promise<{ nextIndex: number; status: RecordingStatus }> {
  const { recording } = await recordingOf(participant, sessionId, recordingId);
  const durationMs = z.number().int().min(0).max(2_147_483_647).catch(0).parse(input?.durationMs);
  const stopped = await inTransaction((tx) => stopRecording(tx, recording.id, new Date(), "finished", durationMs));
  if (stopped) {
    publish(recording.sessionId);
    await finalizeRecording(recording.id);
  }
  return recordingProgress(participant, sessionId, recordingId);
}

/** Where a resumed upload goes on: `{ nextIndex, status }`. */
export async function recordingProgress(
  participant: Participant,
  sessionId: string,
  recordingId: string,
): Promise<{ nextIndex: number; status: RecordingStatus }> {
  const { recording } = await recordingOf(participant, sessionId, recordingId);
  return { nextIndex: recording.chunkCount, status: recording.status as RecordingStatus };
}
