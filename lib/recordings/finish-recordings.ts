import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { encryptFrame, decryptFrame } from "./crypto";
import { openFrames, writeFrameAt } from "./recording-storage";
import { withRecordingLock } from "./recording-lock";
import { openUploadKey } from "./upload-key";
import { oneRewriteAtATime, WebmHeaderRewriter, type RewrittenHeader } from "./webm-header";

/** Why a recording stopped, as its "recordingStopped" event says. */
export type StopReason = "finished" | "limitReached" | "sessionEnded";

/**
 * Stops the session's running recordings inside the caller's transaction — the session's end, in
 * whichever way it ends (lib/live/close-session.ts) — each with a "recordingStopped" event that
 * both sides see. Returns their ids: call `finalizeRecordings` with them after the commit.
 */
export async function stopRunningRecordings(
  tx: Tx,
  sessionId: string,
  now: Date,
  reason: StopReason = "sessionEnded",
): Promise<string[]> {
  const running = await tx.sessionRecording.findMany({
    where: { sessionId, status: "recording" },
    select: { id: true },
  });
  const stopped: string[] = [];
  for (const { id } of running) if (await stopRecording(tx, id, now, reason)) stopped.push(id);
  return stopped;
}

/** Ends one running recording with its event; false when it had ended already. */
export async function stopRecording(tx: Tx, recordingId: string, now: Date, reason: StopReason, durationMs = 0) {
  const recording = await tx.sessionRecording.findUnique({ where: { id: recordingId } });
  if (!recording || recording.status !== "recording") return false;
  const { count } = await tx.sessionRecording.updateMany({
    where: { id: recordingId, status: "recording" },
    data: {
      status: reason === "limitReached" ? "limitReached" : "complete",
      endedAt: now,
      durationMs: Math.max(recording.durationMs, durationMs),
    },
  });
  if (count === 0) return false;
  await tx.sessionEvent.create({
    data: {
      sessionId: recording.sessionId,
      type: "recordingStopped",
      author: "system",
      body: JSON.stringify({ recordingId, reason }),
      createdAt: now,
    },
  });
  return true;
}

/**
 * Finishes what ending a recording leaves to do, outside any transaction (it reads the whole
 * recording): rewrites its WebM header with the duration and cues, stores it as one more frame,
 * and erases the server-sealed copy of its data key. Idempotent: a recording whose upload key is
 * gone is done; a crash in between leaves the key, and the next call (a replay, the retention job)
 * does it again. A video ts-ebml cannot read is kept as recorded, without a header.
 */
export async function finalizeRecording(recordingId: string): Promise<void> {
  await withRecordingLock(recordingId, async () => {
    const recording = await db.sessionRecording.findUnique({
      where: { id: recordingId },
      include: { chunks: { orderBy: { index: "asc" }, select: { index: true, fileOffset: true, frameBytes: true } } },
    });
    if (!recording || recording.endedAt === null || recording.uploadKey === null) return;
    const dataKey = await openUploadKey(recording.uploadKey, recording.id);
    const header = await rewrittenHeader(recording.sessionId, recording.id, recording.chunks, dataKey);
    let place = {};
    if (header) {
      const last = recording.chunks.at(-1);
      const end = last ? last.fileOffset + last.frameBytes : 0;
      const frame = encryptFrame(dataKey, recording.id, "header", header.header);
      await writeFrameAt(recording.sessionId, recording.id, end, frame);
      place = {
        headerFileOffset: end,
        headerFrameBytes: frame.byteLength,
        headerBytes: header.header.byteLength,
        headerReplaces: header.replaces,
        durationMs: header.durationMs > 0 ? header.durationMs : recording.durationMs,
      };
    }
    await db.sessionRecording.updateMany({
      where: { id: recording.id, uploadKey: recording.uploadKey },
      data: { uploadKey: null, ...place },
    });
  });
}

async function rewrittenHeader(
  sessionId: string,
  recordingId: string,
  chunks: { index: number; fileOffset: number; frameBytes: number }[],
  dataKey: Buffer,
): Promise<RewrittenHeader | null> {
  if (chunks.length === 0) return null;
  return oneRewriteAtATime(() => readAndRewrite(sessionId, recordingId, chunks, dataKey));
}

async function readAndRewrite(
  sessionId: string,
  recordingId: string,
  chunks: { index: number; fileOffset: number; frameBytes: number }[],
  dataKey: Buffer,
): Promise<RewrittenHeader | null> {
  const frames = await openFrames(sessionId, recordingId);
  if (!frames) return null;
  try {
    const rewriter = new WebmHeaderRewriter();
    for (const chunk of chunks)
      rewriter.push(
        decryptFrame(dataKey, recordingId, chunk.index, await frames.read(chunk.fileOffset, chunk.frameBytes)),
      );
    return await rewriter.finish();
  } catch {
    return null;
  } finally {
    await frames.close();
  }
}

/** Finalizes the ended, not yet finalized recordings of these sessions. */
export async function finalizeSessionRecordings(sessionIds: string[]): Promise<void> {
  const pending = await db.sessionRecording.findMany({
    where: { sessionId: { in: sessionIds }, endedAt: { not: null }, uploadKey: { not: null } },
    select: { id: true },
  });
  for (const { id } of pending) await finalizeRecording(id);
}

/**
 * Recordings that ended but were not finalized (a crash, a session ended by a job): the retention
 * job calls this on every run, a few at a time.
 */
export async function finalizePendingRecordings(batch = 10): Promise<number> {
  const pending = await db.sessionRecording.findMany({
    where: { endedAt: { not: null }, uploadKey: { not: null } },
    orderBy: { endedAt: "asc" },
    take: batch,
    select: { id: true },
  });
  for (const { id } of pending) await finalizeRecording(id);
  return pending.length;
}
