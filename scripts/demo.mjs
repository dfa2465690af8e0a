// `npm run demo`: Lotse on its own demo database (data/demo), filled with a demo organisation.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./lib/build-stamp.mjs";
import { checkSettingsOrExit } from "./lib/check-settings.mjs";
import { migrate } from "./lib/runtime.mjs";

const settings = checkSettingsOrExit();
const dataDir = path.resolve(settings.LOTSE_DEMO_DIR ?? "data/demo");
const env = {
  ...process.env,
  LOTSE_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "lotse.db")}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
migrate(env.DATABASE_URL);
execFileSync(path.resolve("node_modules/.bin/tsx"), ["--tsconfig", "scripts/tsconfig.json", "prisma/seed-demo.ts"], {
  stdio: "inherit",
  env,
});
buildIfStale();

const port = String(settings.PORT);
const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "--port", port], { stdio: "inherit", env });
console.log(
  `\nLotse demo: http://localhost:${port}/manager (Management Center), http://localhost:${port}/admin (Admin Center)`,
);
console.log("Sign-in details: see above, or `cat README.md`.");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
