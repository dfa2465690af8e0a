// Starts one production Lotse server for the e2e suite on a fresh database:
//   node e2e/support/start-server.mjs <name> <port> <smtpPort>
// Everything it keeps lives in e2e/.state/<name>/ (database, generated auth secret), wiped first.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "../../scripts/lib/runtime.mjs";

const [name, port, smtpPort] = process.argv.slice(2);
if (!name || !port || !smtpPort) {
  console.error("usage: node e2e/support/start-server.mjs <name> <port> <smtpPort>");
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
process.chdir(root); // migrate() resolves node_modules/.bin/prisma from the working directory

const stateDir = path.join(root, "e2e", ".state", name);
fs.rmSync(stateDir, { recursive: true, force: true });
fs.mkdirSync(stateDir, { recursive: true });
const databaseUrl = `file:${path.join(stateDir, "lotse.db")}`;
migrate(databaseUrl);

// The first-run spec creates the administrator through /setup: no headless bootstrap here.
const { LOTSE_ADMIN_LOGIN: _login, LOTSE_ADMIN_PASSWORD: _password, ...inherited } = process.env;

// The server `npm start` runs (scripts/serve.mjs). It trusts X-Forwarded-For from loopback, as it
// would from a reverse proxy on the same box, so that specs can stand for different customers.
const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--port", port], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...inherited,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    LOTSE_DATA_DIR: stateDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    LOTSE_PUBLIC_URL: `http://localhost:${port}`,
    LOTSE_OUTBOX_INTERVAL_MS: "500",
    LOTSE_TRUST_PROXY: "loopback",
    // Deliberately not UTC: dates must be shown in the user's zone, never the server's.
    TZ: "Asia/Tokyo",
  },
});
console.log(`[e2e] server "${name}" starting on http://localhost:${port} (pid ${child.pid})`);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
