// GET /health (issue 14): 200 while Lotse can work, 503 — naming the failing check — when the
// database file cannot be read, a migration is pending, the data folder's disk is too full or a
// background job stopped running. Real SQLite files; the route itself is called.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/health/route";
import { schedulerHealth, startScheduler } from "@/lib/jobs/scheduler";
import { runShutdownHooks } from "@/lib/lifecycle/shutdown.mjs";

const serving = process.env.DATABASE_URL!;
const servingFile = serving.replace(/^file:/, "");
const scratch: string[] = [];
afterEach(() => {
  process.env.DATABASE_URL = serving;
  delete process.env.LOTSE_MIN_FREE_DISK_BYTES;
  for (const file of scratch.splice(0)) fs.rmSync(file, { force: true });
});

/** Points the health check (not the server's open connection) at another file. */
function databaseAt(name: string, write: (file: string) => void) {
  const file = path.join(path.dirname(servingFile), `health-${process.pid}-${name}.db`);
  scratch.push(file);
  write(file);
  process.env.DATABASE_URL = `file:${file}`;
}

async function health() {
  const response = await GET();
  expect(response.headers.get("cache-control")).toBe("no-store");
  return { status: response.status, body: await response.json() };
}

describe("GET /health", () => {
  it("answers 200 with every check, and nothing secret", async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      checks: {
        database: { ok: true },
        migrations: { ok: true, pending: 0 },
        scheduler: { ok: true, state: "off" },
        outbox: { ok: true, waiting: 0, oldestWaitingSeconds: null },
        disk: { ok: true },
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/\/|lotse\.db|secret/i);
  });

  it("answers 503 when the database file cannot be read", async () => {
    databaseAt("garbage", (file) => fs.writeFileSync(file, "this is not a database ".repeat(200)));
    expect(await health()).toMatchObject({
      status: 503,
      body: { status: "failing", checks: { database: { ok: false }, migrations: { ok: false } } },
    });

    databaseAt("missing", () => undefined);
    expect(await health()).toMatchObject({ status: 503, body: { checks: { database: { ok: false } } } });
  });

  it("answers 503 while a migration is pending", async () => {
    databaseAt("behind", (file) => {
      fs.copyFileSync(servingFile, file);
      const copy = new Database(file);
      copy
        .prepare(
          "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT MAX(migration_name) FROM _prisma_migrations)",
        )
        .run();
      copy.close();
    });
    expect(await health()).toMatchObject({
      status: 503,
      body: { checks: { database: { ok: true }, migrations: { ok: false, pending: 1 } } },
    });
  });

  it("answers 503 when the disk is below the free space uploads need", async () => {
    process.env.LOTSE_MIN_FREE_DISK_BYTES = String(Number.MAX_SAFE_INTEGER);
    expect(await health()).toMatchObject({ status: 503, body: { checks: { disk: { ok: false } } } });
  });

  it("names the jobs that stopped running", async () => {
    startScheduler();
    try {
      expect(schedulerHealth()).toEqual({ state: "running", lagging: [] });
      // An hour on without a run of the 5-second jobs: they are stuck (or their timers died).
      const later = schedulerHealth(Date.now() + 3_600_000);
      expect(later.state === "running" && later.lagging).toEqual(expect.arrayContaining(["outbox", "requests"]));
      expect(later.state === "running" && later.lagging).not.toContain("housekeeping");
    } finally {
      await runShutdownHooks();
    }
  });
});
