import "server-only";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { signedInTime } from "./signed-in-time";
import { summaryGroups } from "./summary";

/** Mitarbeiterleistung: one row per agent (manual chapter 5). */
export type AgentPerformanceRow = {
  agentId: string;
  agentName: string;
  sessions: number;
  averageDurationMs: number | null;
  /** From a request's arrival to the agent taking it. */
  averagePickUpMs: number | null;
  declined: number;
  /** Of the sessions that ended with an outcome set: share resolved, 0–1. */
  resolvedShare: number | null;
  averageCustomerRating: number | null;
  /** Time signed in to the console within the period. */
  signedInMs: number;
  /** Sessions started per hour signed in; null without time signed in. */
  sessionsPerHour: number | null;
};

/**
 * Mitarbeiterleistung for a viewer: the Zusammenfassung's session figures per agent, and the time
 * each agent was signed in to the console within the period (from their sign-in and sign-out
 * events; a console still open counts until the end of the period or now, whichever is earlier).
 */
export async function agentPerformance(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now = new Date(),
): Promise<AgentPerformanceRow[]> {
  const [groups, signedIn] = await Promise.all([
    summaryGroups(scope, filters, period, "agent", "UTC", { p90: false }),
    signedInTime(scope, filters, period, now),
  ]);
  // An agent with sessions, with time signed in, or with both: one row each.
  const summaries = new Map(groups.map((group) => [group.key, group]));
  const agentIds = new Set([...summaries.keys(), ...signedIn.keys()]);
  const rows = [...agentIds].map((agentId): AgentPerformanceRow => {
    const summary = summaries.get(agentId)?.summary;
    const signedInMs = signedIn.get(agentId)?.ms ?? 0;
    const sessions = summary?.sessionsStarted ?? 0;
    const decided = summary ? summary.outcomes.resolved + summary.outcomes.unresolved : 0;
    return {
      agentId,
      agentName: summaries.get(agentId)?.label ?? signedIn.get(agentId)?.name ?? "",
      sessions,
      averageDurationMs: summary?.averageDurationMs ?? null,
      averagePickUpMs: summary?.waitMs?.average ?? null,
      declined: summary?.declined ?? 0,
      resolvedShare: summary && decided ? summary.outcomes.resolved / decided : null,
      averageCustomerRating: summary?.averageCustomerRating ?? null,
      signedInMs,
      sessionsPerHour: signedInMs > 0 ? Math.round((sessions / (signedInMs / 3_600_000)) * 10) / 10 : null,
    };
  });
  return rows.sort((a, b) => a.agentName.localeCompare(b.agentName, "de"));
}
