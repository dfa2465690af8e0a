import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "@/lib/config/env";
import { logger } from "@/lib/logging/logger";

export type { Prisma } from "./generated/client";
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient(): PrismaClient {
  // Another process (the admin CLI, a second server) may hold the write lock for a while under load:
  // wait up to 15 s for it before reporting busy (inTransaction then starts over).
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: 15_000 });
  const client = new PrismaClient({ adapter });
  // WAL with synchronous=NORMAL: commits no longer wait for an fsync each (the WAL is synced at
  // checkpoints), which the live chat's many small writes need; the database stays consistent,
  // and at worst the last moments before a power cut are lost — not data on an application crash.
  void client
    .$executeRawUnsafe("PRAGMA synchronous = NORMAL")
    .catch((error: unknown) => logger.error({ err: error }, "PRAGMA synchronous failed"));
  return client;
}

// One client (one SQLite connection) per process, kept on globalThis: Next's dev server reloads
// modules, and in production instrumentation.ts and the app routes are separate bundles. The
// adapter queues transactions per connection, so sharing it keeps the process's writers in line.
const globalForDb = globalThis as unknown as { lotseDb?: PrismaClient };

export const db: PrismaClient = (globalForDb.lotseDb ??= createClient());
