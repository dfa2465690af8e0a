import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { Grouping } from "./report-params";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";
import { sessionWhere, waitedMs } from "./session-details";
import { average, waitFigures } from "./statistics";
import { timeBucketOf, timeBucketsIn, TIME_GROUPINGS, type TimeGrouping } from "./time-buckets";

/** Zusammenfassung: what happened to requests and sessions in a period (manual chapter 5). */
export type Summary = {
  /** Figures about requests before any team has them; null where the viewer may not see them. */
  requests: {
    submitted: number;
    posted: number;
    /** posted / submitted, 0–1; null without requests. */
    postedShare: number | null;
    noAgentResponse: number;
    abandoned: number;
  } | null;
  /** Offers an agent of the scope declined. */
  declined: number;
  sessionsStarted: number;
  sessionsEnded: number;
  /** Of the sessions that started: from the request's arrival to its acceptance. */
  waitMs: { average: number; p90: number } | null;
  /** Of the sessions that ended. */
  averageDurationMs: number | null;
  /** The customers' survey rating (1–5) of the sessions that ended, where they gave one. */
  averageCustomerRating: number | null;
  outcomes: { resolved: number; unresolved: number; unknown: number };
};

/** Who or where a row belongs to, for the groupings by agent, team and portal. */
type Owner = {
  agentId: string | null;
  agentName: string | null;
  teamId: string | null;
  teamName: string | null;
  portalId: string | null;
  portalName: string | null;
};
type RequestRow = Owner & { type: string; at: Date };
type StartedRow = Owner & { at: Date; waitMs: number };
type EndedRow = Owner & { at: Date; durationMs: number; outcome: string | null; customerRating: number | null };
type SummaryRows = { requests: RequestRow[] | null; declines: RequestRow[]; started: StartedRow[]; ended: EndedRow[] };

/**
 * The Zusammenfassung of a period for a viewer: requests are counted when they happened (their
 * activity event), sessions when they started or ended. Request figures belong to sub-portals, not
 * teams: a team manager sees them for the sub-portals their teams serve (unless their rights keep
 * portal reports from them), an agent not at all. Everything else follows the sessions' team and
 * agent. The rows behind every figure are the Sitzungsdetails with the same scope and filters.
 * It reads the raw rows — right for a desk's day or month; at a million sessions in 90 days a
 * rollup takes over (decision record 20), with the same definitions and these tests.
 */
export async function summaryOf(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod): Promise<Summary> {
  return summarize(await loadRows(scope, filters, period));
}

/**
 * The Zusammenfassung per group: per day, week, month, hour or weekday of the viewer's clock (every
 * group of the period, empty ones as zeros), or per agent, team or portal (the names as they were;
 * requests nobody took have no agent or team and are left out of those groupings).
 */
export async function summaryGroups(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  grouping: Exclude<Grouping, "none">,
  timeZone: string,
): Promise<{ key: string; label: string; summary: Summary }[]> {
  const rows = await loadRows(scope, filters, period);
  const groups = new Map<string, { label: string; rows: SummaryRows }>();
  const empty = (): SummaryRows => ({ requests: rows.requests ? [] : null, declines: [], started: [], ended: [] });
  if (isTimeGrouping(grouping))
    for (const key of timeBucketsIn(period, grouping, timeZone)) groups.set(key, { label: key, rows: empty() });
  const add = <K extends keyof SummaryRows>(list: K, row: NonNullable<SummaryRows[K]>[number]) => {
    const group = groupOf(row, grouping, timeZone);
    if (!group) return;
    let entry = groups.get(group.key);
    if (!entry) groups.set(group.key, (entry = { label: group.label, rows: empty() }));
    (entry.rows[list] as (typeof row)[] | null)?.push(row);
  };
  rows.requests?.forEach((row) => add("requests", row));
  rows.declines.forEach((row) => add("declines", row));
  rows.started.forEach((row) => add("started", row));
  rows.ended.forEach((row) => add("ended", row));
  const result = [...groups].map(([key, { label, rows }]) => ({ key, label, summary: summarize(rows) }));
  return isTimeGrouping(grouping) ? result : result.sort((a, b) => a.label.localeCompare(b.label, "de"));
}

const isTimeGrouping = (grouping: string): grouping is TimeGrouping =>
  (TIME_GROUPINGS as readonly string[]).includes(grouping);

function groupOf(
  row: Owner & { at: Date },
  grouping: Exclude<Grouping, "none">,
  timeZone: string,
): { key: string; label: string } | null {
  if (isTimeGrouping(grouping)) {
    const key = timeBucketOf(row.at, grouping, timeZone);
    return { key, label: key };
  }
  const [id, name] =
    grouping === "agent"
      ? [row.agentId, row.agentName]
      : grouping === "team"
        ? [row.teamId, row.teamName]
        : [row.portalId, row.portalName];
  return id ? { key: id, label: name ?? id } : null;
}

function summarize({ requests, declines, started, ended }: SummaryRows): Summary {
  const count = (type: string) => requests?.filter((row) => row.type === type).length ?? 0;
  const waits = started.map((s) => s.waitMs);
  return {
    requests: requests
      ? {
          submitted: count("submitted"),
          posted: count("posted"),
          postedShare: count("submitted") ? count("posted") / count("submitted") : null,
          noAgentResponse: count("noAgentResponse"),
          abandoned: count("abandoned"),
        }
      : null,
    declined: declines.length,
    sessionsStarted: started.length,
    sessionsEnded: ended.length,
    waitMs: waitFigures(waits),
    averageDurationMs: ended.length ? average(ended.map((s) => s.durationMs)) : null,
    averageCustomerRating: averageRating(ended.flatMap((s) => (s.customerRating === null ? [] : [s.customerRating]))),
    outcomes: {
      resolved: ended.filter((s) => s.outcome === "resolved").length,
      unresolved: ended.filter((s) => s.outcome === "unresolved").length,
      unknown: ended.filter((s) => s.outcome !== "resolved" && s.outcome !== "unresolved").length,
    },
  };
}

const OWNER = {
  agentId: true,
  agentName: true,
  teamId: true,
  teamName: true,
  portalId: true,
  portalName: true,
} as const;

async function loadRows(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod): Promise<SummaryRows> {
  const between = { gte: period.from, lt: period.to };
  const sessions = sessionWhere(scope, filters);
  const requestWhere = portalFigureWhere(scope, filters);
  const [requests, declines, started, ended] = await Promise.all([
    requestWhere
      ? db.activityEvent.findMany({
          where: {
            AND: [
              requestWhere,
              { type: { in: ["submitted", "posted", "noAgentResponse", "abandoned"] } },
              { at: between },
            ],
          },
          select: { type: true, at: true, ...OWNER },
        })
      : null,
    db.activityEvent.findMany({
      where: { AND: [declinedWhere(scope, filters), { type: "declined" }, { at: between }] },
      select: { type: true, at: true, ...OWNER },
    }),
    db.supportSession.findMany({
      where: { AND: [sessions, { startedAt: between }] },
      select: { startedAt: true, request: { select: { createdAt: true } }, ...OWNER },
    }),
    db.supportSession.findMany({
      where: { AND: [sessions, { endedAt: between }] },
      select: { startedAt: true, endedAt: true, outcome: true, customerRating: true, ...OWNER },
    }),
  ]);
  return {
    requests,
    declines,
    started: started.map(({ startedAt, request, ...owner }) => ({
      ...owner,
      at: startedAt,
      waitMs: waitedMs(request.createdAt, startedAt),
    })),
    ended: ended.map(({ startedAt, endedAt, outcome, customerRating, ...owner }) => ({
      ...owner,
      at: endedAt!,
      durationMs: Math.max(0, endedAt!.getTime() - startedAt.getTime()),
      outcome,
      customerRating,
    })),
  };
}

/** Ratings keep one decimal ("4,3"), unlike durations, which are whole milliseconds. */
const averageRating = (values: number[]) =>
  values.length ? Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10 : null;

/** Declined offers: by agents of the scope (and the filters). */
export function declinedWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput {
  return { AND: ownerConditions(scope, filters) };
}

/**
 * Requests before a team has them: per sub-portal. Null where the viewer has no portal figures —
 * an agent, a team manager whose rights keep them away — and where the report is narrowed to a
 * team or an agent (a request that nobody took belongs to neither).
 */
export function portalFigureWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput | null {
  if (scope.kind === "agent" || filters.teamIds || filters.agentId) return null;
  if (scope.kind === "teams" && !scope.portalFigures) return null;
  const conditions: Prisma.ActivityEventWhereInput[] = [];
  if (scope.kind === "teams") conditions.push({ subPortalId: { in: [...scope.portalFigures!.subPortalIds] } });
  if (filters.subPortalIds) conditions.push({ subPortalId: { in: [...filters.subPortalIds] } });
  return { AND: conditions };
}
