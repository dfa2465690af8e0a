import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/config/env";

/**
 * A recording's encrypted frames on disk: `<data>/recordings/<sessionId>/<recordingId>.rec`, one
 * frame after the other, where the database says (RecordingChunk.fileOffset). Both names are ids
 * Lotse made. The database is the truth about what a file holds: bytes past the end it knows are
 * what a crash between writing and committing left, and the next append cuts them off first.
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function recordingsRoot(): string {
  return path.join(dataDir(), "recordings");
}

/** The folder of one session's recordings (it may not exist). */
export function sessionRecordingsDir(sessionId: string): string {
  if (!SAFE_ID.test(sessionId)) throw new Error("unsafe session id");
  return path.join(recordingsRoot(), sessionId);
}

export function recordingFile(sessionId: string, recordingId: string): string {
  if (!SAFE_ID.test(recordingId)) throw new Error("unsafe recording id");
  return path.join(sessionRecordingsDir(sessionId), `${recordingId}.rec`);
}

/** The sessions that have a folder of recordings on disk (their ids). */
export async function storedRecordingDirs(): Promise<string[]> {
  try {
    const entries = await fs.readdir(recordingsRoot(), { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && SAFE_ID.test(entry.name)).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Writes `frame` at `offset` — the end of the file as the database knows it — after cutting off
 * anything behind that offset, and makes it durable before the caller commits the row that points
 * at it.
 */
export async function writeFrameAt(sessionId: string, recordingId: string, offset: number, frame: Uint8Array) {
  const file = recordingFile(sessionId, recordingId);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600);
  try {
    await handle.truncate(offset);
    await handle.write(frame, 0, frame.byteLength, offset);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** An open recording file for reading frames; close it when done. */
export type FrameReader = {
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
};

/** Null when the file is not (or no longer) there. */
export async function openFrames(sessionId: string, recordingId: string): Promise<FrameReader | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(recordingFile(sessionId, recordingId), "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return {
    async read(offset, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      if (bytesRead !== length) throw new Error("recording file shorter than its rows say");
      return buffer;
    },
    close: () => handle.close(),
  };
}

export async function removeSessionRecordings(sessionId: string): Promise<void> {
  await fs.rm(sessionRecordingsDir(sessionId), { recursive: true, force: true });
}
