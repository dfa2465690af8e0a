import "server-only";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/config/env";
import type { Prisma } from "./client";

/**
 * The rows of a query one at a time, from a read-only connection of their own — for exports of a
 * million rows (decision record 21). Prisma reads a query's rows a page at a time into memory, and
 * rows handed on through promises outlive the young generation of the heap: either way the heap
 * grew by hundreds of megabytes before the next full collection. Rows read here synchronously, as
 * the reader asks for them, die young.
 *
 * The statement keeps one snapshot of the database until its last row (WAL: writers go on), so an
 * export that runs for a minute lists each row once, however the data changes meanwhile. The
 * connection opens with the first row asked for and closes when the rows run out or the reader
 * stops early (`return()`, as `for … of` does on `break`).
 */
export function* streamedRows<Row>(query: Prisma.Sql): Generator<Row, void, undefined> {
  const connection = new Database(databaseFile(), {
    readonly: true,
    fileMustExist: true,
    timeout: 15_000,
  });
  try {
    yield* connection.prepare(query.sql).iterate(...query.values) as IterableIterator<Row>;
  } finally {
    connection.close();
  }
}
