import "server-only";
import { db } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import { ownerConditions } from "./report-where";
import type { ReportScope } from "./report-scope";
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

/** How far back a console sign-in is looked for: a browser session ends after 12 hours anyway. */
const SIGN_IN_LOOKBACK_MS = 24 * 60 * 60 * 1000;

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
    summaryGroups(scope, filters, period, "agent", "UTC"),
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

async function signedInTime(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now: Date,
): Promise<Map<string, { name: string; ms: number }>> {
  // Sign-ins belong to agents and teams, not to portals: a portal filter does not apply to them.
  const events = await db.activityEvent.findMany({
    where: {
      AND: [
        ...ownerConditions(scope, { ...filters, subPortalIds: null }),
        { type: { in: ["agentSignedIn", "agentSignedOut"] } },
        { at: { gte: new Date(period.from.getTime() - SIGN_IN_LOOKBACK_MS), lt: period.to } },
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { type: true, at: true, agentId: true, agentName: true },
  });
  const end = Math.min(period.to.getTime(), now.getTime());
  const result = new Map<string, { name: string; ms: number; since: number | null }>();
  for (const event of events) {
    if (!event.agentId) continue;
    const entry = result.get(event.agentId) ?? { name: event.agentName ?? "", ms: 0, since: null };
    const at = event.at.getTime();
    if (event.type === "agentSignedIn") entry.since ??= at;
    else if (entry.since !== null) {
      entry.ms += overlap(entry.since, at, period.from.getTime(), end);
      entry.since = null;
    }
    result.set(event.agentId, entry);
  }
  for (const entry of result.values())
    if (entry.since !== null) entry.ms += overlap(entry.since, end, period.from.getTime(), end);
  return new Map([...result].filter(([, e]) => e.ms > 0).map(([id, e]) => [id, { name: e.name, ms: e.ms }]));
}

const overlap = (start: number, stop: number, from: number, to: number) =>
  Math.max(0, Math.min(stop, to) - Math.max(start, from));
