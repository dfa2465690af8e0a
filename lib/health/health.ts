import "server-only";
import fs from "node:fs";
import { databaseFile, dataDir, minFreeDiskBytes } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { appliedMigrations, knownMigrations } from "@/lib/db/migrations.mjs";
import { schedulerHealth } from "@/lib/jobs/scheduler";

type Check = { ok: boolean; [fact: string]: unknown };

export type Health = {
  status: "ok" | "failing";
  checks: { database: Check; migrations: Check; scheduler: Check; outbox: Check; disk: Check };
};

/**
 * GET /health: what a monitor needs to know, and nothing that would help an attacker (no paths,
 * versions, names or settings). "failing" (HTTP 503) when the database cannot be read, a migration
 * is pending, a background job has stopped running, or the data folder's disk is below the free
 * space uploads must leave. The outbox backlog is reported but never fails the check: a mail
 * server that is down for a while is no reason to take Lotse out of service.
 */
export async function checkHealth(now = new Date()): Promise<Health> {
  const { database, migrations } = checkDatabase();
  const checks = {
    database,
    migrations,
    scheduler: checkScheduler(now),
    outbox: await checkOutbox(now),
    disk: await checkDisk(),
  };
  const ok = Object.values(checks).every((check) => check.ok);
  return { status: ok ? "ok" : "failing", checks };
}

/**
 * The database file as it is on disk now, through a connection of its own: the server's open
 * connection would go on answering from a file that was replaced or damaged underneath it.
 */
function checkDatabase(): { database: Check; migrations: Check } {
  let applied: Set<string>;
  try {
    applied = appliedMigrations(databaseFile(), { timeout: 2_000 });
  } catch {
    return { database: { ok: false }, migrations: { ok: false, pending: null } };
  }
  const pending = knownMigrations().filter((name) => !applied.has(name)).length;
  return { database: { ok: true }, migrations: { ok: pending === 0, pending } };
}

function checkScheduler(now: Date): Check {
  const scheduler = schedulerHealth(now.getTime());
  // Switched off on purpose (LOTSE_DISABLE_SCHEDULER=1, another process runs the jobs): not a failure.
  if (scheduler.state === "off") return { ok: true, state: "off" };
  return { ok: scheduler.lagging.length === 0, state: "running", lagging: scheduler.lagging };
}

async function checkOutbox(now: Date): Promise<Check> {
  const waiting = await db.outboxEmail.aggregate({
    where: { status: { in: ["pending", "sending"] } },
    _count: true,
    _min: { createdAt: true },
  });
  const oldest = waiting._min.createdAt;
  return {
    ok: true,
    waiting: waiting._count,
    oldestWaitingSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
  };
}

async function checkDisk(): Promise<Check> {
  try {
    const { bavail, bsize } = await fs.promises.statfs(dataDir());
    const freeBytes = bavail * bsize;
    return { ok: freeBytes >= minFreeDiskBytes(), freeBytes, minimumBytes: minFreeDiskBytes() };
  } catch {
    return { ok: false, freeBytes: null, minimumBytes: minFreeDiskBytes() };
  }
}
