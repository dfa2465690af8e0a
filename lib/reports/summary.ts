import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { sessionWhere } from "./session-details";

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
  outcomes: { resolved: number; unresolved: number; unknown: number };
};

/**
 * The Zusammenfassung of a period for a viewer: requests are counted when they happened (their
 * activity event), sessions when they started or ended. Request figures belong to sub-portals, not
 * teams: a team manager sees them for the sub-portals their teams serve (unless their rights keep
 * portal reports from them), an agent not at all. Everything else follows the sessions' team and
 * agent. The rows behind every figure are the Sitzungsdetails with the same scope and filters.
 */
export async function summaryOf(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod): Promise<Summary> {
  const between = { gte: period.from, lt: period.to };
  const sessions = sessionWhere(scope, filters);
  const requestWhere = portalFigureWhere(scope, filters);
  const [requestCounts, declined, started, ended] = await Promise.all([
    requestWhere
      ? db.activityEvent.groupBy({
          by: ["type"],
          where: {
            AND: [
              requestWhere,
              { type: { in: ["submitted", "posted", "noAgentResponse", "abandoned"] } },
              { at: between },
            ],
          },
          _count: { _all: true },
        })
      : null,
    db.activityEvent.count({ where: { AND: [declinedWhere(scope, filters), { type: "declined" }, { at: between }] } }),
    db.supportSession.findMany({
      where: { AND: [sessions, { startedAt: between }] },
      select: { startedAt: true, request: { select: { createdAt: true } } },
    }),
    db.supportSession.findMany({
      where: { AND: [sessions, { endedAt: between }] },
      select: { startedAt: true, endedAt: true, outcome: true },
    }),
  ]);
  const count = (type: string) => requestCounts?.find((row) => row.type === type)?._count._all ?? 0;
  const waits = started
    .map((s) => Math.max(0, s.startedAt.getTime() - s.request.createdAt.getTime()))
    .sort((a, b) => a - b);
  const durations = ended.map((s) => Math.max(0, s.endedAt!.getTime() - s.startedAt.getTime()));
  return {
    requests: requestCounts
      ? {
          submitted: count("submitted"),
          posted: count("posted"),
          postedShare: count("submitted") ? count("posted") / count("submitted") : null,
          noAgentResponse: count("noAgentResponse"),
          abandoned: count("abandoned"),
        }
      : null,
    declined,
    sessionsStarted: started.length,
    sessionsEnded: ended.length,
    waitMs: waits.length ? { average: average(waits), p90: nearestRank(waits, 0.9) } : null,
    averageDurationMs: durations.length ? average(durations) : null,
    outcomes: {
      resolved: ended.filter((s) => s.outcome === "resolved").length,
      unresolved: ended.filter((s) => s.outcome === "unresolved").length,
      unknown: ended.filter((s) => s.outcome !== "resolved" && s.outcome !== "unresolved").length,
    },
  };
}

const average = (values: number[]) => Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);

/** The nearest-rank percentile of sorted values: a value that occurred, never an interpolation. */
function nearestRank(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/** Declined offers: by agents of the scope (and the filters). */
function declinedWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput {
  const conditions: Prisma.ActivityEventWhereInput[] = [];
  if (scope.kind === "teams") conditions.push({ teamId: { in: [...scope.teamIds] } });
  if (scope.kind === "agent") conditions.push({ agentId: scope.agentId });
  if (filters.subPortalIds) conditions.push({ subPortalId: { in: [...filters.subPortalIds] } });
  if (filters.teamIds) conditions.push({ teamId: { in: [...filters.teamIds] } });
  if (filters.agentId) conditions.push({ agentId: filters.agentId });
  return { AND: conditions };
}

/**
 * Requests before a team has them: per sub-portal. Null where the viewer has no portal figures —
 * an agent, a team manager whose rights keep them away — and where the report is narrowed to a
 * team or an agent (a request that nobody took belongs to neither).
 */
function portalFigureWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput | null {
  if (scope.kind === "agent" || filters.teamIds || filters.agentId) return null;
  if (scope.kind === "teams" && !scope.portalFigures) return null;
  const conditions: Prisma.ActivityEventWhereInput[] = [];
  if (scope.kind === "teams") conditions.push({ subPortalId: { in: [...scope.portalFigures!.subPortalIds] } });
  if (filters.subPortalIds) conditions.push({ subPortalId: { in: [...filters.subPortalIds] } });
  return { AND: conditions };
}
