import { describe, expect, it } from "vitest";
import { db } from "./client";

describe("database connection", () => {
  it("runs WAL commits with synchronous=NORMAL", async () => {
    await db.$executeRawUnsafe("PRAGMA journal_mode = WAL");
    const [row] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    expect(Number(row!.synchronous)).toBe(1); // 0 OFF, 1 NORMAL, 2 FULL
  });
});
