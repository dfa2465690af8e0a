// What `npm start` checks before it serves after an upgrade (`git pull`): the build is made from
// the sources that are there, node_modules is what package-lock.json asks for, a pending migration
// is applied only after a backup — and with none pending, Prisma's migration engine is not started.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, backupDataFolder, backupName, restoreDataFolder } from "./backup.mjs";
import { buildIfStale, builtStamp, sourceStamp, writeBuildStamp } from "./build-stamp.mjs";
import { packagesOutOfStep } from "./installed-packages.mjs";
import { migrate, MigrationError, pendingMigrations, upgradeDatabase } from "./runtime.mjs";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});
function folder(files: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-upgrade-"));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) write(root, name, text);
  return root;
}
function write(root: string, name: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  fs.writeFileSync(path.join(root, name), text);
}

describe("sourceStamp", () => {
  it("changes with any source the build reads, not with tests or generated files", () => {
    const root = folder({
      "app/page.tsx": "export default 1;",
      "lib/reports/period.ts": "export const a = 1;",
      "lib/reports/period.test.ts": "test",
      "public/vendor/htmx.min.js": "htmx",
      "package-lock.json": "{}",
      "README.md": "# Lotse",
    });
    const first = sourceStamp(root);
    write(root, "lib/reports/period.test.ts", "another test");
    write(root, "public/vendor/htmx.min.js", "htmx 2");
    write(root, "README.md", "# Lotse, newer");
    expect(sourceStamp(root)).toBe(first);
    write(root, "lib/reports/period.ts", "export const a = 2;");
    const second = sourceStamp(root);
    expect(second).not.toBe(first);
    write(root, "messages/de.json", "{}");
    expect(sourceStamp(root)).not.toBe(second);
    write(root, "package-lock.json", '{"lockfileVersion":3}');
    expect(sourceStamp(root)).not.toBe(second);
  });

  it("is kept with the build: none before a build, the one written after", () => {
    const root = folder({ "app/page.tsx": "export default 1;", ".next/BUILD_ID": "x" });
    expect(builtStamp(root)).toBeNull();
    writeBuildStamp(sourceStamp(root), root);
    expect(builtStamp(root)).toBe(sourceStamp(root));
    write(root, "app/page.tsx", "export default 2;");
    expect(builtStamp(root)).not.toBe(sourceStamp(root));
  });
});

describe("buildIfStale", () => {
  it("builds without a build and after a source change, not when the build is of these sources", () => {
    const root = folder({ "app/page.tsx": "export default 1;", "README.md": "# Lotse" });
    const builds: string[] = [];
    // What `npm run build` leaves behind: a build and the stamp of the sources it was made from.
    const build = () => {
      builds.push(fs.readFileSync(path.join(root, "app/page.tsx"), "utf8"));
      write(root, ".next/BUILD_ID", String(builds.length));
      writeBuildStamp(sourceStamp(root), root);
    };
    const log: string[] = [];
    const options = { root, build, log: (line: string) => log.push(line) };

    expect(buildIfStale(options)).toBe(true);
    expect(buildIfStale(options)).toBe(false);
    write(root, "README.md", "# Lotse, newer");
    expect(buildIfStale(options)).toBe(false);
    write(root, "app/page.tsx", "export default 2;"); // git pull
    expect(buildIfStale(options)).toBe(true);
    expect(buildIfStale(options)).toBe(false);
    expect(builds).toEqual(["export default 1;", "export default 2;"]);
    expect(log).toEqual([
      "[lotse] no production build yet: building (one time, a few minutes)…",
      "[lotse] the sources changed since the last build: building (a few minutes)…",
    ]);

    // A build from before stamps existed counts as stale.
    fs.rmSync(path.join(root, ".next/lotse-source-stamp"));
    expect(buildIfStale(options)).toBe(true);
  });
});

describe("packagesOutOfStep", () => {
  const lock = (packages: Record<string, object>) => JSON.stringify({ lockfileVersion: 3, packages });
  it("names what is missing or installed in another version; another platform's optional binary may be missing", () => {
    const wanted = {
      "": { name: "lotse" },
      "node_modules/next": { version: "16.0.1" },
      "node_modules/zod": { version: "4.1.0" },
      "node_modules/@esbuild/darwin-arm64": { version: "0.25.0", optional: true },
    };
    const root = folder({
      "package-lock.json": lock(wanted),
      "node_modules/.package-lock.json": lock({
        "node_modules/next": { version: "16.0.1" },
        "node_modules/zod": { version: "4.1.0" },
      }),
    });
    expect(packagesOutOfStep(root)).toEqual([]);
    write(root, "node_modules/.package-lock.json", lock({ "node_modules/next": { version: "15.5.0" } }));
    expect(packagesOutOfStep(root)).toEqual(["next", "zod"]);
    fs.rmSync(path.join(root, "node_modules"), { recursive: true });
    expect(packagesOutOfStep(root)).toEqual(["node_modules"]);
  });

  it("finds this checkout's node_modules in step (npm ci ran)", () => {
    expect(packagesOutOfStep()).toEqual([]);
  });
});

describe("migrate", () => {
  it("applies what is pending, and with nothing pending starts nothing — even while the database is locked", () => {
    const root = folder();
    const url = `file:${path.join(root, "lotse.db")}`;
    const all = pendingMigrations(url);
    expect(all.length).toBeGreaterThan(10);
    expect(migrate(url)).toEqual(all);
    expect(pendingMigrations(url)).toEqual([]);

    // A running Lotse writing: nothing pending, so nothing waits for its lock.
    const server = new Database(path.join(root, "lotse.db"));
    server.exec("BEGIN IMMEDIATE");
    try {
      const started = performance.now();
      expect(migrate(url)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      server.exec("ROLLBACK");
      server.close();
    }

    // The newest migration forgotten: it is pending again, and applied again.
    const last = all.at(-1)!;
    const db = new Database(path.join(root, "lotse.db"));
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last);
    db.close();
    expect(pendingMigrations(url)).toEqual([last]);
  });

  it("names the way out when a pending migration cannot be applied", () => {
    const root = folder();
    const url = `file:${path.join(root, "lotse.db")}`;
    migrate(url);
    // The newest migration recorded as failed half-way: Prisma refuses to go on.
    const db = new Database(path.join(root, "lotse.db"));
    db.prepare(
      "UPDATE _prisma_migrations SET finished_at = NULL, logs = 'failed' WHERE migration_name = (SELECT MAX(migration_name) FROM _prisma_migrations)",
    ).run();
    db.close();
    expect(pendingMigrations(url)).toHaveLength(1);
    expect(() => migrate(url)).toThrow(MigrationError);
    expect(() => migrate(url)).toThrow(
      /1 pending migration to .* failed\. If Lotse is running on this database, stop it first/,
    );
  });
});

describe("upgradeDatabase", () => {
  it("backs a database with data up before migrating it; a new one needs no backup", async () => {
    const root = folder();
    const file = path.join(root, "lotse.db");
    const url = `file:${file}`;
    const fresh = await upgradeDatabase(url);
    expect(fresh).toEqual({ backup: null, applied: pendingMigrations(`file:${path.join(root, "none.db")}`) });
    expect(await upgradeDatabase(url)).toEqual({ backup: null, applied: [] });

    const db = new Database(file);
    db.prepare(
      "INSERT INTO \"Team\" (id, name, updatedAt) VALUES ('t1', 'Vertrieb', '2026-12-03T00:00:00+00:00')",
    ).run();
    // The newest migration pending, and failing: the backup taken before it keeps the data.
    db.prepare(
      "UPDATE _prisma_migrations SET finished_at = NULL, logs = 'failed' WHERE migration_name = (SELECT MAX(migration_name) FROM _prisma_migrations)",
    ).run();
    db.close();
    await expect(upgradeDatabase(url)).rejects.toThrow(MigrationError);
    const [backup] = fs.readdirSync(path.join(root, "backups"));
    expect(backup).toMatch(/^lotse-.*Z\.db$/);
    const copy = new Database(path.join(root, "backups", backup!), { readonly: true });
    expect(copy.prepare('SELECT name FROM "Team"').all()).toEqual([{ name: "Vertrieb" }]);
    copy.close();
  });
});

describe("backupDatabase", () => {
  it("copies a database that another process writes to meanwhile into a consistent file", async () => {
    const root = folder();
    const file = path.join(root, "live.db");
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE t (n INTEGER PRIMARY KEY, text TEXT)");
    const insert = db.prepare("INSERT INTO t (text) VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 200_000; i++) insert.run("x".repeat(200));
    })();
    db.close();
    // Lotse stands in: another process that commits a row at a time until it is stopped.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(${JSON.stringify(file)}); db.pragma("busy_timeout = 5000");
         const insert = db.prepare("INSERT INTO t (text) VALUES (?)");
         process.stdout.write("ready\\n");
         for (;;) insert.run("y".repeat(200));`,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => writer.stdout!.once("data", resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = countRows(file);
    const target = await backupDatabase(file, path.join(root, "backups", `${backupName()}.db`));
    const after = countRows(file);
    writer.kill();
    await new Promise((resolve) => writer.once("exit", resolve));
    // The writer went on while the copy was made (the backup did not stop it) …
    expect(after).toBeGreaterThan(before);
    // … and the copy is one consistent moment between the two.
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const { count } = copy.prepare("SELECT COUNT(*) AS count FROM t").get() as { count: number };
    expect(count).toBeGreaterThanOrEqual(before);
    expect(count).toBeLessThanOrEqual(after);
    copy.close();
    expect(path.basename(target)).toMatch(/^lotse-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
  });
});

function countRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS count FROM t").get() as { count: number }).count;
  } finally {
    db.close();
  }
}

describe("backupDataFolder and restoreDataFolder", () => {
  it("backs up database, files and secret while in use; restores only into a stopped instance", async () => {
    const live = folder({
      "files/s1/f1": "Treiber",
      "files/.incoming/half": "…",
      "auth-secret": "geheim",
      "recordings/s1/r1.rec": "verschlüsselt",
      "recording.key": "schlüssel",
    });
    const file = path.join(live, "lotse.db");
    migrate(`file:${file}`);
    const server = new Database(file);
    server
      .prepare("INSERT INTO \"Team\" (id, name, updatedAt) VALUES ('t1', 'Vertrieb', '2026-12-03T00:00:00+00:00')")
      .run();
    const target = path.join(live, "backups", backupName());
    expect(await backupDataFolder(file, target)).toMatchObject({ files: 1 });
    expect(fs.existsSync(path.join(target, "files/.incoming"))).toBe(false);

    // While it is open, nothing is replaced.
    expect(() => restoreDataFolder(target, file)).toThrow(/stop Lotse first/);
    server.prepare('DELETE FROM "Team"').run();
    server.close();

    // Into a fresh folder: the same rows, files and secret.
    const fresh = folder();
    expect(restoreDataFolder(target, path.join(fresh, "lotse.db"))).toEqual({ replacedTo: null });
    const restored = new Database(path.join(fresh, "lotse.db"), { readonly: true });
    expect(restored.prepare('SELECT name FROM "Team"').all()).toEqual([{ name: "Vertrieb" }]);
    restored.close();
    expect(fs.readFileSync(path.join(fresh, "files/s1/f1"), "utf8")).toBe("Treiber");
    expect(fs.readFileSync(path.join(fresh, "auth-secret"), "utf8")).toBe("geheim");
    // The recordings, and the key without which they cannot be read.
    expect(fs.readFileSync(path.join(fresh, "recordings/s1/r1.rec"), "utf8")).toBe("verschlüsselt");
    expect(fs.readFileSync(path.join(fresh, "recording.key"), "utf8")).toBe("schlüssel");

    // Over the stopped original: what was there is moved aside, not lost.
    const { replacedTo } = restoreDataFolder(target, file);
    expect(fs.existsSync(path.join(replacedTo!, "lotse.db"))).toBe(true);
    const back = new Database(file, { readonly: true });
    expect(back.prepare('SELECT name FROM "Team"').all()).toEqual([{ name: "Vertrieb" }]);
    back.close();
  });
});
