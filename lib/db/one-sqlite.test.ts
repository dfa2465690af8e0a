import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("SQLite in the server process", () => {
  // Two copies of SQLite in one process corrupt a database: when one closes its file, the POSIX
  // locks the other holds on the same file are gone (sqlite.org/howtocorrupt.html, 2.2). The
  // exports' own read connection (streamedRows) and Prisma's adapter must therefore load the one
  // better-sqlite3 — package.json's "overrides" make the adapter take the app's.
  it("Prisma's adapter and the app load the same better-sqlite3", () => {
    const adapter = path.dirname(require.resolve("@prisma/adapter-better-sqlite3"));
    expect(require.resolve("better-sqlite3", { paths: [adapter] })).toBe(require.resolve("better-sqlite3"));
  });
});
