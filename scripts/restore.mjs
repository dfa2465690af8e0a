// `npm run restore -- FOLDER`: puts a backup (`npm run backup`) back into the data folder of a
// stopped Lotse. What was there is moved aside into backups/, not deleted.
import { parseArgs } from "node:util";
import { restoreDataFolder } from "./lib/backup.mjs";
import { databaseFileOf, defaultDatabaseUrl } from "./lib/runtime.mjs";

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Usage: npm run restore -- <backup folder>   (with Lotse stopped)");
  process.exit(2);
}
try {
  const { replacedTo } = restoreDataFolder(positionals[0], databaseFileOf(defaultDatabaseUrl()));
  console.log(`[lotse] restored from ${positionals[0]}${replacedTo ? `; what was there is in ${replacedTo}` : ""}`);
} catch (error) {
  console.error(`[lotse] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
