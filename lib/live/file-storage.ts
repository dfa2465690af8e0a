import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { dataDir } from "@/lib/config/env";

/**
 * Session files on disk: `<data>/files/<sessionId>/<fileId>`. Both parts are ids Lotse made; the
 * client's file name never reaches a path. New files are written under `.incoming` (same file
 * system, so the move into place is an atomic rename) and a name that starts with a dot cannot be
 * a session id.
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function filesRoot(): string {
  return path.join(dataDir(), "files");
}

function storedFilePath(sessionId: string, fileId: string): string {
  if (!SAFE_ID.test(fileId)) throw new Error("unsafe file id");
  return path.join(sessionFilesDir(sessionId), fileId);
}

/** The folder of one session's files (it may not exist). */
export function sessionFilesDir(sessionId: string): string {
  if (!SAFE_ID.test(sessionId)) throw new Error("unsafe session id");
  return path.join(filesRoot(), sessionId);
}

/** The sessions that have a folder of files on disk (their ids; `.incoming` is none). */
export async function storedSessionDirs(): Promise<string[]> {
  try {
    const entries = await fs.readdir(filesRoot(), { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && SAFE_ID.test(entry.name)).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Writes the bytes to a fresh temporary file and returns its path. */
export async function writeIncoming(bytes: Uint8Array): Promise<string> {
  const dir = path.join(filesRoot(), ".incoming");
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  try {
    await fs.writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  } catch (error) {
    await removeQuietly(file);
    throw error;
  }
  return file;
}

/** Moves a temporary file to its place; the target must not exist yet. */
export async function moveIntoPlace(incoming: string, sessionId: string, fileId: string): Promise<string> {
  const target = storedFilePath(sessionId, fileId);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rename(incoming, target);
  return target;
}

/**
 * Bytes that Lotse may still write on the file system holding the session files (what an
 * unprivileged process can use: `bavail`, not `bfree`, which counts root's reserved blocks too).
 */
export async function freeDiskBytes(): Promise<number> {
  const root = filesRoot();
  await fs.mkdir(root, { recursive: true });
  const { bavail, bsize } = await fs.statfs(root);
  return bavail * bsize;
}

export async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

/** Opens a stored file for reading; null when it is not (or no longer) on disk. */
export async function openStoredFile(sessionId: string, fileId: string): Promise<Readable | null> {
  try {
    const handle = await fs.open(storedFilePath(sessionId, fileId), "r");
    return handle.createReadStream();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
