import "server-only";
import { db } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";

/** A stretch of time: from `from` (included) to `to` (excluded). */
export type Span = { from: Date; to: Date };

/** One agent's time at the console, with the names of the first event of theirs the report read. */
export type SignedInAgent = { agentName: string; teamName: string; spans: Span[] };

/** How far back a console sign-in is looked for: a browser session ends after 12 hours anyway. */
const SIGN_IN_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/**
 * Per agent, the stretches they were signed in to the console within the period, in time order:
 * from a sign-in to the sign-out that follows it, clipped to the period. A console still open counts
 * until the end of the period or now, whichever is earlier; a sign-in while already signed in (the
 * console taken over in another browser) continues the stretch that is open. Sign-ins belong to
 * agents and teams, not to portals: a portal filter does not apply to them.
 */
export async function signedInIntervals(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now: Date,
): Promise<Map<string, SignedInAgent>> {
  const events = await db.activityEvent.findMany({
    where: {
      AND: [
        ...ownerConditions(scope, { ...filters, subPortalIds: null }),
        { type: { in: ["agentSignedIn", "agentSignedOut"] } },
        { at: { gte: new Date(period.from.getTime() - SIGN_IN_LOOKBACK_MS), lt: period.to } },
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { type: true, at: true, agentId: true, agentName: true, teamName: true },
  });
  const end = Math.min(period.to.getTime(), now.getTime());
  // `since`: when the stretch still open began.
  type Reading = SignedInAgent & { since: number | null };
  const agents = new Map<string, Reading>();
  const close = (agent: Reading, stop: number) => {
    const [from, to] = [Math.max(agent.since!, period.from.getTime()), Math.min(stop, end)];
    if (to > from) agent.spans.push({ from: new Date(from), to: new Date(to) });
    agent.since = null;
  };
  for (const event of events) {
    if (!event.agentId) continue;
    const agent = agents.get(event.agentId) ?? {
      agentName: event.agentName ?? "",
      teamName: event.teamName ?? "",
      spans: [],
      since: null,
    };
    agents.set(event.agentId, agent);
    if (event.type === "agentSignedIn") agent.since ??= event.at.getTime();
    else if (agent.since !== null) close(agent, event.at.getTime());
  }
  for (const agent of agents.values()) if (agent.since !== null) close(agent, end);
  return new Map(
    [...agents]
      .filter(([, agent]) => agent.spans.length > 0)
      .map(([id, { agentName, teamName, spans }]) => [id, { agentName, teamName, spans }]),
  );
}

/** Time signed in to the console within the period, per agent who was (Mitarbeiterleistung). */
export async function signedInTime(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now: Date,
): Promise<Map<string, { name: string; ms: number }>> {
  const agents = await signedInIntervals(scope, filters, period, now);
  return new Map([...agents].map(([id, agent]) => [id, { name: agent.agentName, ms: totalMs(agent.spans) }]));
}

/** The time the spans cover together (they do not overlap). */
export const totalMs = (spans: readonly Span[]) =>
  spans.reduce((sum, span) => sum + span.to.getTime() - span.from.getTime(), 0);

/**
 * The time the spans share with each keyed interval, summed per key (keys without any left out):
 * time signed in per day or per hour of the day, with the intervals of timeBucketIntervals. Both
 * lists are in time order without overlaps within themselves (as signedInIntervals and
 * timeBucketIntervals give them), so one pass over both is enough, however long a 90-day report's
 * lists get.
 */
export function overlapMsByKey(
  spans: readonly Span[],
  intervals: readonly (Span & { key: string })[],
): Map<string, number> {
  const byKey = new Map<string, number>();
  for (let i = 0, j = 0; i < spans.length && j < intervals.length;) {
    const [span, interval] = [spans[i]!, intervals[j]!];
    const shared =
      Math.min(span.to.getTime(), interval.to.getTime()) - Math.max(span.from.getTime(), interval.from.getTime());
    if (shared > 0) byKey.set(interval.key, (byKey.get(interval.key) ?? 0) + shared);
    // Whichever ends first can meet nothing further in the other list.
    if (span.to.getTime() <= interval.to.getTime()) i++;
    else j++;
  }
  return byKey;
}
