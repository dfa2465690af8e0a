// Fails (exit 2) when prisma/schema.prisma and prisma/migrations describe different databases.
// `prisma migrate diff --from-migrations` needs a shadow database that Prisma's driver-adapter mode
// cannot provide for SQLite, so we build both databases ourselves and compare their structure.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const prisma = path.resolve("node_modules/.bin/prisma");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-drift-"));
const fromMigrations = path.join(dir, "migrations.db");
const fromSchema = path.join(dir, "schema.db");

execFileSync(prisma, ["migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: `file:${fromMigrations}` },
  stdio: ["ignore", "ignore", "inherit"],
});
const schemaSql = execFileSync(
  prisma,
  ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "unused.db")}` }, encoding: "utf8" },
);
new Database(fromSchema).exec(schemaSql);

function describe(file) {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    )
    .all()
    .map(({ name }) => ({
      name,
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      foreignKeys: db
        .prepare(`PRAGMA foreign_key_list("${name}")`)
        .all()
        .map((fk) => ({ ...fk, id: undefined, seq: undefined })),
      indexes: db
        .prepare(`PRAGMA index_list("${name}")`)
        .all()
        .map(({ name: index, unique }) => ({
          index,
          unique,
          columns: db.prepare(`PRAGMA index_info("${index}")`).all(),
        }))
        .sort((a, b) => a.index.localeCompare(b.index)),
    }));
  db.close();
  return JSON.stringify(tables, null, 1);
}

const a = describe(fromMigrations);
const b = describe(fromSchema);
fs.rmSync(dir, { recursive: true, force: true });
if (a !== b) {
  console.error("prisma/schema.prisma has changes that no migration carries. Create one with:");
  console.error("  npx prisma migrate dev --name <what-changed>");
  process.exit(2);
}
console.log("migrations match schema.prisma");
