// Shared by the start, demo and test scripts: where the database lives and how it gets migrated.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export function databaseFileOf(url) {
  return path.resolve(url.replace(/^file:/, ""));
}

export function defaultDatabaseUrl(env = process.env) {
  return env.DATABASE_URL ?? `file:${path.join(path.resolve(env.LOTSE_DATA_DIR ?? "data"), "lotse.db")}`;
}

/** Applies every pending migration and switches the file to WAL (a persistent setting). */
export function migrate(databaseUrl) {
  const file = databaseFileOf(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "pipe",
    });
  } catch (error) {
    process.stderr.write(error.stdout ?? "");
    process.stderr.write(error.stderr ?? "");
    throw new Error(`Applying migrations to ${file} failed`);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

/** Whether `next start` has a build to serve, in the folder next.config.mjs builds into. */
export function hasProductionBuild() {
  return fs.existsSync(path.resolve(process.env.LOTSE_DIST_DIR ?? ".next", "BUILD_ID"));
}
