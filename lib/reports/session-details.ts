import "server-only";
import { db } from "@/lib/db/client";
import { sessionHeadingSelect } from "@/lib/session-information/session-heading";
import { Prisma } from "@/lib/db/generated/client";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { streamedRows } from "@/lib/db/streamed-rows";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerSql } from "./owner-sql";
import { ownerConditions } from "./report-where";

/** One row of Sitzungsdetails (and of every drill-down): a session as it was, names as they were then. */
export type SessionDetailRow = SessionDetailRowWith<Date>;

/**
 * A row of Sitzungsdetails for an export, its times in milliseconds since the epoch: on Next's
 * server a Date made per row goes to the old generation of the heap (see allSessionDetails).
 */
export type ExportedSessionDetail = SessionDetailRowWith<number>;

type SessionDetailRowWith<Time> = {
  id: string;
  number: string;
  startedAt: Time;
  endedAt: Time | null;
  portalName: string;
  subPortalName: string;
  teamName: string;
  agentName: string;
  /** Whose session it is, for the viewer's scope (Sitzungsinformationen links a row it covers). */
  teamId: string | null;
  agentId: string | null;
  customerName: string;
  /** From the request's arrival to its acceptance. */
  waitedMs: number;
  /** Null while the session runs. */
  durationMs: number | null;
  outcome: "resolved" | "unresolved" | "unknown" | null;
  notes: string;
  customerRating: number | null;
  agentRating: number | null;
};

/**
 * Where the next page starts: after this session (keyset, so page 5,000 costs what page 1 does).
 * `at` is the time the list is ordered by: when the session started, or ended.
 */
export type SessionDetailCursor = { at: Date; id: string };

/**
 * What a drill-down narrows a list of sessions to, beyond the report's own scope and filters: the
 * sessions that ended (not started) in the period, those with an outcome or a rating, those of one
 * group — an agent, a team, a portal, or the instants of a day or an hour of the day.
 */
export type SessionNarrowing = {
  on?: "startedAt" | "endedAt";
  where?: Prisma.SupportSessionWhereInput;
  /** Only sessions whose `on` time lies in one of these. */
  ranges?: ResolvedPeriod[];
};

/**
 * The sessions a report counts — those that started within the period, within the viewer's scope
 * and the report's filters — in the order they started, a page at a time.
 */
export async function sessionDetailPage(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  { after = null, limit = 100 }: { after?: SessionDetailCursor | null; limit?: number } = {},
  { on = "startedAt", where = {}, ranges }: SessionNarrowing = {},
): Promise<{ rows: SessionDetailRow[]; next: SessionDetailCursor | null }> {
  const sessions = await db.supportSession.findMany({
    where: {
      AND: [
        sessionWhere(scope, filters),
        where,
        { [on]: { gte: period.from, lt: period.to } },
        ranges ? { OR: ranges.map((range) => ({ [on]: { gte: range.from, lt: range.to } })) } : {},
        // The first condition alone lets the database start reading at the cursor in the time
        // index, instead of from the period's beginning on every page.
        after ? { [on]: { gte: after.at } } : {},
        after ? { OR: [{ [on]: { gt: after.at } }, { id: { gt: after.id } }] } : {},
      ],
    },
    orderBy: [{ [on]: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      ...sessionHeadingSelect,
      teamId: true,
      agentId: true,
      notes: true,
      outcome: true,
      customerRating: true,
      agentRating: true,
      waitMs: true,
      durationMs: true,
      request: { select: { customerName: true } },
    },
  });
  const rows = sessions.map(({ request, ...s }) => detailRow({ ...s, customerName: request.customerName }));
  const last = rows.at(-1);
  const lastAt = last ? (on === "startedAt" ? last.startedAt : last.endedAt) : null;
  return { rows, next: rows.length === limit && last && lastAt ? { at: lastAt, id: last.id } : null };
}

/**
 * Every row in the order of the pages, for an export that streams: one row at a time, as the reader
 * asks, from a connection of its own (streamedRows) — never a page in memory. Times stay numbers:
 * Next's server replaces the global Date with a wrapper that makes each `new Date(…)` through
 * Reflect.construct, and V8 puts such dates straight into the old generation — a million rows'
 * dates grew the heap by ~140 MB before the next full collection (decision record 21).
 */
export function* allSessionDetails(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
): Generator<ExportedSessionDetail, void, undefined> {
  const rows = streamedRows<StoredSessionDetail>(Prisma.sql`
    SELECT s."id", s."number", s."startedAt", s."endedAt", s."portalName", s."subPortalName", s."teamName",
      s."agentName", s."teamId", s."agentId", r."customerName", s."waitMs", s."durationMs", s."outcome", s."notes",
      s."customerRating", s."agentRating"
    FROM "SupportSession" s JOIN "SupportRequest" r ON r."id" = s."requestId"
    WHERE ${Prisma.join(
      [
        Prisma.sql`s."startedAt" >= ${sqliteTimestamp(period.from)}`,
        Prisma.sql`s."startedAt" < ${sqliteTimestamp(period.to)}`,
        ...ownerSql(ownerConditions(scope, filters), "s"),
      ],
      " AND ",
    )}
    ORDER BY s."startedAt", s."id"`);
  for (const s of rows) {
    yield detailRow({
      ...s,
      startedAt: Date.parse(s.startedAt),
      endedAt: s.endedAt === null ? null : Date.parse(s.endedAt),
    });
  }
}

/** A row of Sitzungsdetails as SQLite stores it: times as text. */
type StoredSessionDetail = SessionRecord<string>;

/** A session's columns as a report reads them: the row's, but the waiting time and outcome as stored. */
type SessionRecord<Time = Date> = Omit<SessionDetailRowWith<Time>, "waitedMs" | "outcome"> & {
  waitMs: number;
  outcome: string | null;
};

function detailRow<Time>(s: SessionRecord<Time>): SessionDetailRowWith<Time> {
  return {
    id: s.id,
    number: s.number,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    portalName: s.portalName,
    subPortalName: s.subPortalName,
    teamName: s.teamName,
    agentName: s.agentName,
    teamId: s.teamId,
    agentId: s.agentId,
    customerName: s.customerName,
    waitedMs: s.waitMs,
    durationMs: s.endedAt !== null ? s.durationMs : null,
    outcome: s.outcome === "resolved" || s.outcome === "unresolved" || s.outcome === "unknown" ? s.outcome : null,
    notes: s.notes,
    customerRating: s.customerRating,
    agentRating: s.agentRating,
  };
}

/** The sessions a viewer's scope and a report's filters leave. */
export function sessionWhere(scope: ReportScope, filters: ReportFilters): Prisma.SupportSessionWhereInput {
  return { AND: ownerConditions(scope, filters) };
}
