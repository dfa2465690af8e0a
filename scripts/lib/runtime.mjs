// Shared by the start, demo and test scripts: where the database lives and how it gets migrated.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, knownMigrations } from "../../lib/db/migrations.mjs";
import { backupDatabase, backupName } from "./backup.mjs";

export function databaseFileOf(url) {
  return path.resolve(url.replace(/^file:/, ""));
}

export function defaultDatabaseUrl(env = process.env) {
  return env.DATABASE_URL ?? `file:${path.join(path.resolve(env.LOTSE_DATA_DIR ?? "data"), "lotse.db")}`;
}

/** The migrations in prisma/migrations that the database has not applied yet, oldest first. */
export function pendingMigrations(databaseUrl) {
  return migrationState(databaseUrl).pending;
}

/** Every migration in prisma/migrations and those of them the database has not applied yet. */
export function migrationState(databaseUrl) {
  const all = knownMigrations();
  const file = databaseFileOf(databaseUrl);
  if (!fs.existsSync(file)) return { all, pending: all };
  const applied = appliedMigrations(file);
  return { all, pending: all.filter((name) => !applied.has(name)) };
}

/**
 * Applies every pending migration and switches the file to WAL (a persistent setting). With none
 * pending it does not start Prisma's migration engine at all: that engine wants the database to
 * itself, and a running Lotse holds it (the admin CLI runs beside it). Returns what it applied.
 */
export function migrate(databaseUrl) {
  const file = databaseFileOf(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pending = pendingMigrations(databaseUrl);
  if (pending.length === 0) return [];
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "pipe",
    });
  } catch (error) {
    process.stderr.write(error.stdout ?? "");
    process.stderr.write(error.stderr ?? "");
    throw new MigrationError(file, pending);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return pending;
}

/**
 * `npm start`'s step for the database: with migrations pending on a database that has data, a
 * backup into backups/ beside it first (a new install has nothing to lose), then the migrations.
 */
export async function upgradeDatabase(databaseUrl) {
  const { all, pending } = migrationState(databaseUrl);
  let backup = null;
  if (pending.length > 0 && pending.length < all.length) {
    const file = databaseFileOf(databaseUrl);
    backup = await backupDatabase(file, path.join(path.dirname(file), "backups", `${backupName()}.db`));
  }
  return { backup, applied: migrate(databaseUrl) };
}

/** Pending migrations could not be applied: most often because Lotse is running on the database. */
export class MigrationError extends Error {
  constructor(file, pending) {
    super(
      `Applying ${pending.length} pending migration${pending.length === 1 ? "" : "s"} to ${file} failed. If Lotse is running on this database, stop it first and try again.`,
    );
    this.name = "MigrationError";
    this.file = file;
    this.pending = pending;
  }
}

/** Whether `next start` has a build to serve, in the folder next.config.mjs builds into. */
export function hasProductionBuild() {
  return fs.existsSync(path.resolve(process.env.LOTSE_DIST_DIR ?? ".next", "BUILD_ID"));
}
