import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { type Outcome, outcomeOf } from "@/lib/live/outcomes";
import { periodInstants } from "@/lib/reports/period";
import { resolveReportFilters } from "@/lib/reports/report-filters";
import { sessionWhere } from "@/lib/reports/session-details";
import { sessionInformationScope, type SessionInformationScope } from "./access";
import { sessionHeadingSelect } from "./session-heading";
import type { SessionSearch, SessionSort } from "./search-params";

const SEARCH_PAGE_SIZE = 50;
/** Counting stops here: "more than 1,000" says enough, and a count of a million rows costs. */
export const COUNT_LIMIT = 1000;

/** One row of the results: a session that ended, names as they were then. */
export type SessionListRow = {
  id: string;
  number: string;
  startedAt: Date;
  endedAt: Date;
  portalName: string;
  subPortalName: string;
  teamName: string;
  agentName: string;
  customerName: string;
  durationMs: number;
  outcome: Outcome | null;
  customerRating: number | null;
  /** What there is to look at; all false once the retention job forgot the content. */
  hasDiagnostics: boolean;
  /** Recordings of the shared screen (Wiedergabe on the session's page). */
  recordingCount: number;
  fileCount: number;
  purged: boolean;
};

/** Where the next page starts: after this row in the list's order (keyset: page 500 costs what page 1 does). */
export type SearchCursor = { value: number; id: string };

export type SearchResult = {
  rows: SessionListRow[];
  /** How many sessions match, up to COUNT_LIMIT + 1 ("more than COUNT_LIMIT"). */
  count: number;
  next: SearchCursor | null;
  scope: SessionInformationScope;
};

/**
 * Finds the ended sessions a search asks for, within what the viewer may review. Running sessions
 * are not listed: watching one is the Sitzungseinsicht, with its own right. A filter naming
 * something outside the scope is "not found", as in the reports; a number outside it finds nothing,
 * like a number that does not exist.
 */
export async function searchSessions(
  actor: Principal,
  search: SessionSearch,
  { after = null, now = new Date() }: { after?: SearchCursor | null; now?: Date } = {},
): Promise<SearchResult> {
  const scope = await sessionInformationScope(actor);
  const where: Prisma.SupportSessionWhereInput[] = [{ endedAt: { not: null } }];
  if (search.kind === "number") {
    where.push({ number: search.number }, sessionWhere(scope.sessions, noFilters));
  } else {
    const filters = await resolveReportFilters(scope.sessions, search);
    const period = periodInstants(search.period, actor.timeZone, now);
    where.push(sessionWhere(scope.sessions, filters), { startedAt: { gte: period.from, lt: period.to } });
    if (search.outcome) where.push({ outcome: search.outcome === "none" ? null : search.outcome });
  }
  const order = ORDERS[search.sort];
  const [sessions, count] = await Promise.all([
    db.supportSession.findMany({
      where: { AND: [...where, after ? afterCursor(order, after) : {}] },
      orderBy: [{ [order.column]: order.direction }, { id: order.direction }],
      take: SEARCH_PAGE_SIZE,
      select: {
        ...sessionHeadingSelect,
        durationMs: true,
        outcome: true,
        customerRating: true,
        contentPurgedAt: true,
        request: { select: { customerName: true } },
        _count: { select: { files: true, recordings: true, events: { where: { type: "diagnostics" } } } },
      },
    }),
    db.supportSession.count({ where: { AND: where }, take: COUNT_LIMIT + 1 }),
  ]);
  const rows = sessions.map((s): SessionListRow => ({
    id: s.id,
    number: s.number,
    startedAt: s.startedAt,
    endedAt: s.endedAt!,
    portalName: s.portalName,
    subPortalName: s.subPortalName,
    teamName: s.teamName,
    agentName: s.agentName,
    customerName: s.request.customerName,
    durationMs: s.durationMs ?? s.endedAt!.getTime() - s.startedAt.getTime(),
    outcome: outcomeOf(s.outcome),
    customerRating: s.customerRating,
    hasDiagnostics: s._count.events > 0,
    fileCount: s._count.files,
    recordingCount: s._count.recordings,
    purged: s.contentPurgedAt !== null,
  }));
  const last = rows.at(-1);
  const next = rows.length === SEARCH_PAGE_SIZE && last ? { value: order.valueOf(last), id: last.id } : null;
  return { rows, count, next, scope };
}

const noFilters = {
  subPortalIds: null,
  teamIds: null,
  agentId: null,
  names: { portal: null, subPortal: null, team: null, agent: null },
};

type Order = {
  column: "startedAt" | "durationMs";
  direction: "asc" | "desc";
  /** The row's place in the order, as a number (a time as epoch milliseconds). */
  valueOf: (row: SessionListRow) => number;
};

const byStart = (row: SessionListRow) => row.startedAt.getTime();
const byDuration = (row: SessionListRow) => row.durationMs;

const ORDERS: Record<SessionSort, Order> = {
  newest: { column: "startedAt", direction: "desc", valueOf: byStart },
  oldest: { column: "startedAt", direction: "asc", valueOf: byStart },
  longest: { column: "durationMs", direction: "desc", valueOf: byDuration },
  shortest: { column: "durationMs", direction: "asc", valueOf: byDuration },
};

/** The rows after a cursor in the list's order (ties broken by id, in the same direction). */
function afterCursor(order: Order, after: SearchCursor): Prisma.SupportSessionWhereInput {
  const value = order.column === "startedAt" ? new Date(after.value) : after.value;
  const beyond = order.direction === "desc" ? "lt" : "gt";
  return {
    OR: [{ [order.column]: { [beyond]: value } }, { [order.column]: value, id: { [beyond]: after.id } }],
  };
}

/** A cursor in an address ("<number>~<id>"); anything else reads as "from the beginning". */
export function searchCursorOf(value: string | undefined): SearchCursor | null {
  const match = value ? /^(\d{1,15})~([A-Za-z0-9_-]{1,40})$/.exec(value) : null;
  return match ? { value: Number(match[1]), id: match[2]! } : null;
}

export function searchCursorParam(cursor: SearchCursor): string {
  return `${cursor.value}~${cursor.id}`;
}
