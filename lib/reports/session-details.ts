import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";

/** One row of Sitzungsdetails (and of every drill-down): a session as it was, names as they were then. */
export type SessionDetailRow = {
  id: string;
  number: string;
  startedAt: Date;
  endedAt: Date | null;
  portalName: string;
  subPortalName: string;
  teamName: string;
  agentName: string;
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
      id: true,
      number: true,
      startedAt: true,
      endedAt: true,
      portalName: true,
      subPortalName: true,
      teamName: true,
      agentName: true,
      notes: true,
      outcome: true,
      customerRating: true,
      agentRating: true,
      waitMs: true,
      durationMs: true,
      request: { select: { customerName: true } },
    },
  });
  const rows = sessions.map((s): SessionDetailRow => ({
    id: s.id,
    number: s.number,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    portalName: s.portalName,
    subPortalName: s.subPortalName,
    teamName: s.teamName,
    agentName: s.agentName,
    customerName: s.request.customerName,
    waitedMs: s.waitMs,
    durationMs: s.endedAt ? s.durationMs : null,
    outcome: s.outcome === "resolved" || s.outcome === "unresolved" || s.outcome === "unknown" ? s.outcome : null,
    notes: s.notes,
    customerRating: s.customerRating,
    agentRating: s.agentRating,
  }));
  const last = rows.at(-1);
  const lastAt = last ? (on === "startedAt" ? last.startedAt : last.endedAt) : null;
  return { rows, next: rows.length === limit && last && lastAt ? { at: lastAt, id: last.id } : null };
}

/** Every row, page by page, for an export that streams: never more than one page in memory. */
export async function* allSessionDetails(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  pageSize = 1000,
): AsyncGenerator<SessionDetailRow> {
  let after: SessionDetailCursor | null = null;
  do {
    const page = await sessionDetailPage(scope, filters, period, { after, limit: pageSize });
    yield* page.rows;
    after = page.next;
  } while (after);
}

/** The sessions a viewer's scope and a report's filters leave. */
export function sessionWhere(scope: ReportScope, filters: ReportFilters): Prisma.SupportSessionWhereInput {
  return { AND: ownerConditions(scope, filters) };
}
