import "server-only";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";
import { utcDay } from "./utc-days";
import { rolledUpDays, rolledUpSignedIn, splitByRollup } from "./rollup-figures";

/** A stretch of time: from `from` (included) to `to` (excluded). */
export type Span = { from: Date; to: Date };

/** One agent's time at the console, with the names of the first event of theirs the report read. */
export type SignedInAgent = { agentName: string; teamName: string; spans: (Span & { teamId: string | null })[] };

/** How far back a console sign-in is looked for: a browser session ends after 12 hours anyway. */
const SIGN_IN_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/** The sign-in and sign-out rows that tell who was signed in within the period, oldest first. */
export async function signInEventsFor(
  client: Tx | typeof db,
  conditions: Prisma.ActivityEventWhereInput[],
  period: ResolvedPeriod,
) {
  return client.activityEvent.findMany({
    where: {
      AND: [
        ...conditions,
        { type: { in: ["agentSignedIn", "agentSignedOut"] } },
        { at: { gte: new Date(period.from.getTime() - SIGN_IN_LOOKBACK_MS), lt: period.to } },
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { type: true, at: true, agentId: true, agentName: true, teamId: true, teamName: true },
  });
}

type SignInEvent = Awaited<ReturnType<typeof signInEventsFor>>[number];

/**
 * Per agent, the stretches they were signed in to the console within the period, in time order:
 * from a sign-in to the sign-out that follows it, clipped to the period. A console still open counts
 * until the end of the period or now, whichever is earlier; a sign-in while already signed in (the
 * console taken over in another browser) continues the stretch that is open. Each stretch keeps the
 * team of its sign-in.
 */
export function stretchesOf(
  events: readonly SignInEvent[],
  period: ResolvedPeriod,
  now: Date,
): Map<string, SignedInAgent> {
  const end = Math.min(period.to.getTime(), now.getTime());
  // `since`: when the stretch still open began, and under which team.
  type Reading = SignedInAgent & { since: number | null; sinceTeamId: string | null };
  const agents = new Map<string, Reading>();
  const close = (agent: Reading, stop: number) => {
    const [from, to] = [Math.max(agent.since!, period.from.getTime()), Math.min(stop, end)];
    if (to > from) agent.spans.push({ from: new Date(from), to: new Date(to), teamId: agent.sinceTeamId });
    agent.since = null;
  };
  for (const event of events) {
    if (!event.agentId) continue;
    const agent = agents.get(event.agentId) ?? {
      agentName: event.agentName ?? "",
      teamName: event.teamName ?? "",
      spans: [],
      since: null,
      sinceTeamId: null,
    };
    agents.set(event.agentId, agent);
    if (event.type === "agentSignedIn") {
      if (agent.since === null) [agent.since, agent.sinceTeamId] = [event.at.getTime(), event.teamId];
    } else if (agent.since !== null) close(agent, event.at.getTime());
  }
  for (const agent of agents.values()) if (agent.since !== null) close(agent, end);
  return new Map(
    [...agents]
      .filter(([, agent]) => agent.spans.length > 0)
      .map(([id, { agentName, teamName, spans }]) => [id, { agentName, teamName, spans }]),
  );
}

/**
 * The stretches of stretchesOf for a viewer: sign-ins belong to agents and teams, not to portals, so
 * a portal filter does not apply to them.
 */
export async function signedInIntervals(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now: Date,
): Promise<Map<string, SignedInAgent>> {
  const conditions = ownerConditions(scope, { ...filters, subPortalIds: null });
  return stretchesOf(await signInEventsFor(db, conditions, period), period, now);
}

/**
 * Time signed in to the console within the period, per agent who was (Mitarbeiterleistung): whole
 * UTC days from the rollup, the rest from the sign-in rows.
 */
export async function signedInTime(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  now: Date,
): Promise<Map<string, { name: string; ms: number }>> {
  const rolledUp = await rolledUpDays(utcDay(period.from), utcDay(period.to));
  const { days, raw } = splitByRollup([{ key: "", ...period }], rolledUp);
  const [result, ...edges] = await Promise.all([
    rolledUpSignedIn(scope, filters, [...days.keys()]),
    ...raw.map((range) => signedInIntervals(scope, filters, range, now)),
  ]);
  for (const edge of edges)
    for (const [agentId, agent] of edge) {
      const found = result.get(agentId) ?? { name: agent.agentName, ms: 0 };
      found.ms += totalMs(agent.spans);
      result.set(agentId, found);
    }
  return result;
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
