// Which migrations this version of Lotse brings and which a database file has applied: one answer
// for `npm start` and the admin CLI (scripts/lib/runtime.mjs) and for /health (lib/health/health.ts).
// Plain JavaScript so that the start scripts can read it too.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** The migrations in prisma/migrations (below `root`, the project's folder), oldest first. */
export function knownMigrations(root = process.cwd()) {
  const folder = path.join(/*turbopackIgnore: true*/ root, "prisma", "migrations");
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The migrations the database in `file` has applied, read through a read-only connection of its
 * own; none when it has no migrations table yet. Throws when the file is missing or not a database.
 */
export function appliedMigrations(file, { timeout = 5_000 } = {}) {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    return new Set(
      db
        .prepare(
          "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((row) => row.name),
    );
  } finally {
    db.close();
  }
}
