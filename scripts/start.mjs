// `npm start`: migrate the database, build once if there is no production build yet, serve.
import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
import { defaultDatabaseUrl, hasProductionBuild, migrate } from "./lib/runtime.mjs";

const databaseUrl = defaultDatabaseUrl();
migrate(databaseUrl);

if (!hasProductionBuild()) {
  console.log("[lotse] no production build yet: building (one time, a few minutes)…");
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "--port", port, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`[lotse] serving http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
