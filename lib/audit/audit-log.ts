import "server-only";
import { cache } from "react";
import { z } from "zod";
import { managementScope } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { sqlDate, sqlInteger } from "@/lib/db/sql-row";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { streamedRows } from "@/lib/db/streamed-rows";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { AuditFilter } from "./audit-filter";

export const AUDIT_PAGE_SIZE = 50;
/** Counting stops here: "more than 1,000" says enough, and a count of a million rows costs. */
export const AUDIT_COUNT_LIMIT = 1000;

/**
 * Whose entries a viewer reads: the system administrator (Admin Center) and company managers all of
 * them; a team manager with the right "Protokoll einsehen" those about their teams and the agents
 * in them now; nobody else any.
 */
export type AuditLogScope = { kind: "all" } | { kind: "teams"; teamIds: string[] };

// Per request (the principal is one object per request): the page checks access before it reads the
// filter, and the listing checks again; the team forest is loaded once.
export const auditLogScope = cache(async (actor: Principal): Promise<AuditLogScope> => {
  if (actor.kind === "admin") return { kind: "all" };
  const scope = await managementScope(actor);
  if (scope.kind === "company") return { kind: "all" };
  if (!scope.rights.has("viewAuditLog")) throw new NotFoundError();
  return { kind: "teams", teamIds: [...scope.teamIds] };
});

/** One entry as the Protokoll shows it. */
export type AuditEntryRow = {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
};

/** Where the next page starts: after this entry, newest first (keyset: page 500 costs what page 1 does). */
export type AuditCursor = { at: number; id: string };

export type AuditPage = { rows: AuditEntryRow[]; count: number; next: AuditCursor | null };

/** A row of the entries' query, from Prisma or straight from SQLite (the export): `summary` is JSON text. */
const entryRow = z.object({
  id: z.string(),
  at: sqlDate,
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

const countRow = z.object({ count: sqlInteger });

/** The entries a filter finds within what the viewer may read, newest first, a page at a time. */
export async function listAuditEntries(
  actor: Principal,
  filter: AuditFilter,
  after: AuditCursor | null = null,
): Promise<AuditPage> {
  const scope = await auditLogScope(actor);
  const matching = conditions(scope, filter);
  const page = after ? [...matching, afterCursor(after)] : matching;
  const [raw, counted] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT "id", "at", "actorLabel", "action", "targetType", "targetId", "summary", "ip", "userAgent"
      FROM "AuditLog" ${where(page)}
      ORDER BY "at" DESC, "id" DESC
      LIMIT ${AUDIT_PAGE_SIZE}`,
    db.$queryRaw<unknown[]>`
      SELECT COUNT(*) AS "count" FROM (SELECT 1 FROM "AuditLog" ${where(matching)} LIMIT ${AUDIT_COUNT_LIMIT + 1})`,
  ]);
  const rows = raw.map(entryOf);
  const last = rows.at(-1);
  return {
    rows,
    count: counted[0] ? countRow.parse(counted[0]).count : 0,
    next: rows.length === AUDIT_PAGE_SIZE && last ? { at: last.at.getTime(), id: last.id } : null,
  };
}

/**
 * Every entry of a filter for the CSV export, newest first, read one at a time from a connection of
 * their own (decision record 21): the export of a million entries never holds them all.
 */
export async function auditEntriesForExport(actor: Principal, filter: AuditFilter): Promise<Iterable<AuditEntryRow>> {
  const scope = await auditLogScope(actor);
  const query = Prisma.sql`
    SELECT "id", "at", "actorLabel", "action", "targetType", "targetId", "summary", "ip", "userAgent"
    FROM "AuditLog" ${where(conditions(scope, filter))}
    ORDER BY "at" DESC, "id" DESC`;
  return {
    *[Symbol.iterator]() {
      for (const row of streamedRows<unknown>(query)) yield entryOf(row);
    },
  };
}

function entryOf(raw: unknown): AuditEntryRow {
  const row = entryRow.parse(raw);
  return { ...row, summary: parseSummary(row.summary) };
}

function parseSummary(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The filter as SQL. Each filter is an equality on an index that also holds (at, id), so SQLite
 * reads a page's rows in order from it instead of sorting all that match; the area is its own
 * column for that reason, and the actor is matched whole (a login ID), not by its beginning.
 */
function conditions(scope: AuditLogScope, filter: AuditFilter): Prisma.Sql[] {
  const list: Prisma.Sql[] = [];
  if (filter.from) list.push(Prisma.sql`"at" >= ${sqliteTimestamp(filter.from)}`);
  if (filter.to) list.push(Prisma.sql`"at" < ${sqliteTimestamp(filter.to)}`);
  if (filter.actor) list.push(Prisma.sql`"actorLabel" = ${filter.actor}`);
  if (filter.area) list.push(Prisma.sql`"area" = ${filter.area}`);
  if (filter.objectType) list.push(Prisma.sql`"targetType" = ${filter.objectType}`);
  if (filter.objectId) list.push(Prisma.sql`"targetId" = ${filter.objectId}`);
  if (scope.kind === "teams") list.push(aboutTeams(scope.teamIds));
  return list;
}

/** Entries about these teams, and about the agents in them now. */
function aboutTeams(teamIds: string[]): Prisma.Sql {
  if (teamIds.length === 0) return Prisma.sql`0`;
  const teams = Prisma.join(teamIds);
  return Prisma.sql`(("targetType" = 'team' AND "targetId" IN (${teams}))
    OR ("targetType" = 'user' AND "targetId" IN (SELECT "userId" FROM "AgentProfile" WHERE "teamId" IN (${teams}))))`;
}

function afterCursor(after: AuditCursor): Prisma.Sql {
  const at = sqliteTimestamp(new Date(after.at));
  return Prisma.sql`("at" < ${at} OR ("at" = ${at} AND "id" < ${after.id}))`;
}

function where(list: Prisma.Sql[]): Prisma.Sql {
  return list.length > 0 ? Prisma.sql`WHERE ${Prisma.join(list, " AND ")}` : Prisma.empty;
}

/** A cursor in an address ("<ms>~<id>"); anything else reads as "from the newest". */
export function auditCursorOf(value: string | undefined | null): AuditCursor | null {
  const match = value ? /^(\d{1,15})~([A-Za-z0-9_-]{1,40})$/.exec(value) : null;
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

export function auditCursorParam(cursor: AuditCursor): string {
  return `${cursor.at}~${cursor.id}`;
}
