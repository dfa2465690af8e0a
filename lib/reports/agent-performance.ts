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
  const rows = new Map<string, AgentPerformanceRow>();
  for (const { key, label, summary } of groups) {
    const decided = summary.outcomes.resolved + summary.outcomes.unresolved;
    rows.set(key, {
      agentId: key,
      agentName: label,
      sessions: summary.sessionsStarted,
      averageDurationMs: summary.averageDurationMs,
      averagePickUpMs: summary.waitMs?.average ?? null,
      declined: summary.declined,
      resolvedShare: decided ? summary.outcomes.resolved / decided : null,
      averageCustomerRating: summary.averageCustomerRating,
      signedInMs: 0,
      sessionsPerHour: null,
    });
  }
  for (const [agentId, { name, ms }] of signedIn) {
    const row = rows.get(agentId) ?? {
      agentId,
      agentName: name,
      sessions: 0,
      averageDurationMs: null,
      averagePickUpMs: null,
      declined: 0,
      resolvedShare: null,
      averageCustomerRating: null,
      signedInMs: 0,
      sessionsPerHour: null,
    };
    row.signedInMs = ms;
    row.sessionsPerHour = ms > 0 ? Math.round((row.sessions / (ms / 3_600_000)) * 10) / 10 : null;
    rows.set(agentId, row);
  }
  return [...rows.values()].sort((a, b) => a.agentName.localeCompare(b.agentName, "de"));
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
