// `npm run backup [-- --to FOLDER]`: a consistent copy of the data folder while Lotse runs — the
// database through SQLite's online backup, then the session files, the recordings and the
// generated secrets (the cookie secret and the recording key).
// `npm run restore -- FOLDER` puts such a copy back (scripts/restore.mjs).
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDataFolder, backupName } from "./lib/backup.mjs";
import { databaseFileOf, defaultDatabaseUrl } from "./lib/runtime.mjs";

const { values } = parseArgs({ options: { to: { type: "string" } } });
const file = databaseFileOf(defaultDatabaseUrl());
const target = path.resolve(values.to ?? path.join(path.dirname(file), "backups", backupName()));
try {
  const copied = await backupDataFolder(file, target);
  console.log(`[lotse] backed up to ${target} (database ${copied.databaseMb} MB, ${copied.files} files)`);
} catch (error) {
  console.error(`[lotse] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
