// Consistent copies of a live data folder. The database goes through SQLite's online backup (via
// better-sqlite3), which reads a snapshot page by page while Lotse goes on writing; copying the
// file and its WAL would not be consistent. Session files are written into place before their row
// is committed, so copying them after the snapshot finds every file the snapshot names.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * What besides the database a backup carries: the session files, the encrypted screen recordings,
 * the generated cookie secret and the generated recording key. Without that key a recording of a
 * portal without a replay passphrase can never be read again (decision record 26); like a
 * recording's chunks, its frames are on disk before their rows are committed.
 */
const DATA_ENTRIES = ["files", "recordings", "auth-secret", "recording.key"];

const ALL_PAGES = 0x7fffffff;

/** Copies the database in `file` to `target` (a new file); returns `target`. */
export async function backupDatabase(file, target) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: a step-wise backup starts over whenever Lotse writes in between, so on
    // a busy desk it might never finish. One step reads one snapshot, and in WAL mode a reader does
    // not hold up the server's writes.
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  return target;
}

/** A name that sorts by time and says when: lotse-2026-12-03T04-05-06Z. */
export function backupName(now = new Date()) {
  return `lotse-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}`;
}

/** The database, then the files and the secret beside it, into the new folder `target`. */
export async function backupDataFolder(databaseFile, target) {
  if (fs.existsSync(target)) throw new Error(`${target} exists already`);
  await backupDatabase(databaseFile, path.join(target, "lotse.db"));
  let files = 0;
  for (const entry of DATA_ENTRIES) {
    const from = path.join(path.dirname(databaseFile), entry);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(target, entry), {
      recursive: true,
      preserveTimestamps: true,
      // Half-received uploads are not data yet.
      filter: (source) => path.basename(source) !== ".incoming",
    });
    if (entry === "files") files = countFiles(path.join(target, entry));
  }
  return { databaseMb: Math.round(fs.statSync(path.join(target, "lotse.db")).size / 1024 / 1024), files };
}

/**
 * Puts the backup in `source` in place of the database in `databaseFile` and its files, after
 * checking the backup is whole and that no Lotse has the database open. What was there is moved to
 * backups/replaced-<time>; returns that folder (null when there was nothing).
 */
export function restoreDataFolder(source, databaseFile) {
  const backup = path.join(source, "lotse.db");
  if (!fs.existsSync(backup)) throw new Error(`${source} holds no lotse.db: not a backup folder`);
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${backup} is damaged (${result})`);
  } finally {
    check.close();
  }
  assertNotInUse(databaseFile);
  const folder = path.dirname(databaseFile);
  const aside = path.join(folder, "backups", `replaced-${backupName()}`);
  let replaced = null;
  for (const name of [path.basename(databaseFile), `${path.basename(databaseFile)}-wal`, ...DATA_ENTRIES]) {
    const current = path.join(folder, name);
    if (!fs.existsSync(current)) continue;
    fs.mkdirSync(aside, { recursive: true });
    fs.renameSync(current, path.join(aside, name));
    replaced = aside;
  }
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(backup, databaseFile);
  for (const entry of DATA_ENTRIES) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(folder, entry), { recursive: true, preserveTimestamps: true });
  }
  return { replacedTo: replaced };
}

/**
 * Refuses a database another process has open. Leaving WAL mode needs the database to itself, so
 * SQLite refuses it while any other connection exists — unlike a lock, which an idle server does not
 * hold, or the -shm file, which a crash leaves behind.
 */
function assertNotInUse(databaseFile) {
  if (!fs.existsSync(databaseFile)) return;
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  let mode;
  try {
    mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode === "delete") db.pragma("journal_mode = WAL");
  } catch (error) {
    if (error?.code !== "SQLITE_BUSY") throw error;
  } finally {
    db.close();
  }
  if (mode !== "delete") throw new Error(`${databaseFile} is open (Lotse is running?): stop Lotse first`);
}

function countFiles(folder) {
  let count = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) if (entry.isFile()) count++;
  return count;
}
