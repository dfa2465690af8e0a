import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { inTransaction, isBusyError } from "./transaction";

// A second connection to the same file plays the other process (admin CLI, test fixture, …).
const other = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""));
other.pragma("journal_mode = WAL");
afterAll(() => other.close());

describe("inTransaction", () => {
  it("starts over when another connection committed between its read and its write", async () => {
    await db.$executeRawUnsafe("PRAGMA journal_mode = WAL");
    let attempts = 0;
    const created = await inTransaction(async (tx) => {
      attempts++;
      const before = await tx.team.count();
      if (attempts === 1) {
        other
          .prepare("INSERT INTO Team (id, name, createdAt, updatedAt) VALUES (?, ?, ?, ?)")
          .run("other-connection", "Written elsewhere", Date.now(), Date.now());
      }
      await tx.team.create({ data: { name: `After ${before}` } });
      return before;
    });
    expect(attempts).toBe(2);
    // The retry saw the other connection's row: it ran on a fresh snapshot.
    expect(created).toBe(1);
    expect(await db.team.count()).toBe(2);
  });

  it("does not repeat work that failed for another reason", async () => {
    let attempts = 0;
    await expect(
      inTransaction(async () => {
        attempts++;
        throw new Error("invalid input");
      }),
    ).rejects.toThrow("invalid input");
    expect(attempts).toBe(1);
  });
});

describe("isBusyError", () => {
  it("recognises SQLite's busy codes, also when wrapped", () => {
    expect(isBusyError(Object.assign(new Error("x"), { code: "SQLITE_BUSY_SNAPSHOT" }))).toBe(true);
    expect(isBusyError(new Error("outer", { cause: new Error("database is locked") }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("Operation has timed out"), { code: "P1008" }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "P2002" }))).toBe(false);
  });
});
