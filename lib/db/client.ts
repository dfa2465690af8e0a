import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "@/lib/config/env";

export type { Prisma } from "./generated/client";
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl() });
  return new PrismaClient({ adapter });
}

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { lotseDb?: PrismaClient };

export const db: PrismaClient = globalForDb.lotseDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.lotseDb = db;
