// `npm start`: check the installed packages, back up and migrate the database, build when the
// sources changed since the last build (or there is none), serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { checkSettingsOrExit } from "./lib/check-settings.mjs";
import { buildIfStale } from "./lib/build-stamp.mjs";
import { packagesOutOfStep } from "./lib/installed-packages.mjs";
import { defaultDatabaseUrl, MigrationError, upgradeDatabase } from "./lib/runtime.mjs";

const settings = checkSettingsOrExit();
const outOfStep = packagesOutOfStep();
if (outOfStep.length > 0) {
  console.error(
    `[lotse] node_modules does not match package-lock.json (${outOfStep.slice(0, 3).join(", ")}${outOfStep.length > 3 ? ", …" : ""}): run \`npm ci\` first.`,
  );
  process.exit(1);
}

const databaseUrl = defaultDatabaseUrl();
try {
  const { backup, applied } = await upgradeDatabase(databaseUrl);
  if (backup)
    console.log(`[lotse] the database was backed up to ${backup}, then ${applied.length} migration(s) applied`);
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  console.error(`[lotse] ${error.message}`);
  process.exit(1);
}

buildIfStale();

const port = String(settings.PORT);
const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "--port", port, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`[lotse] serving http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
