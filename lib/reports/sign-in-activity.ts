import "server-only";
import { db } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";
import { overlapMsByKey, signedInIntervals, totalMs } from "./signed-in-time";
import { timeBucketIntervals, timeBucketAmong, timeBucketsIn, type TimeGrouping } from "./time-buckets";

export type SignInFigures = {
  /** Agents who signed in, or were signed in, at some time in the group: each one once. */
  uniqueAgents: number;
  /** Console sign-ins, a takeover from another browser included. */
  signIns: number;
  /** Time signed in to the console, clipped to the group. */
  signedInMs: number;
  /** Sign-ins the team's "available logins" refused. */
  refused: number;
};

export type SignInActivity = {
  totals: SignInFigures;
  /** Every agent with a sign-in, a refusal or time signed in, by name. */
  agents: { agentId: string; agentName: string; teamName: string; figures: SignInFigures }[];
  /** Every group of the period in order (empty ones as zeros); none without a grouping. */
  groups: { key: string; label: string; figures: SignInFigures }[];
};

/**
 * Anmeldeaktivität (manual chapter 5): console sign-ins, refusals and time signed in, per agent and
 * per day, week, month, hour or weekday of the viewer's clock. Sign-ins and refusals count in the
 * group they happened in; time signed in is split across the groups it spans (a shift from 22:00 to
 * 06:00 gives both days their part), with the same rule as Mitarbeiterleistung for a console still
 * open. Sign-ins belong to agents and teams, not portals: a portal filter does not apply.
 */
export async function signInActivity(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  grouping: "none" | TimeGrouping,
  timeZone: string,
  now = new Date(),
): Promise<SignInActivity> {
  const intervals = grouping === "none" ? null : timeBucketIntervals(period, grouping, timeZone);
  const [signedIn, events] = await Promise.all([
    signedInIntervals(scope, filters, period, now),
    signInEvents(scope, filters, period),
  ]);
  const names = new Map([...signedIn].map(([id, { agentName, teamName }]) => [id, { agentName, teamName }]));
  for (const { agentId, agentName, teamName } of events)
    if (!names.has(agentId)) names.set(agentId, { agentName, teamName });

  // Each sign-in, refusal and stretch signed in counts for the totals, its agent and its group.
  const totals = new Tally();
  const byAgent = new Map([...names.keys()].map((agentId) => [agentId, new Tally()]));
  const byGroup = new Map(
    grouping === "none" ? [] : timeBucketsIn(period, grouping, timeZone).map((key) => [key, new Tally()]),
  );
  const count = (agentId: string, key: string | null, share: Omit<Share, "agentId">) => {
    for (const tally of [totals, byAgent.get(agentId), key === null ? undefined : byGroup.get(key)])
      tally?.add({ agentId, ...share });
  };
  for (const { agentId, type, at } of events)
    count(agentId, intervals && timeBucketAmong(intervals, at), {
      signIns: type === "agentSignedIn" ? 1 : 0,
      refused: type === "signInRefused" ? 1 : 0,
      ms: 0,
    });
  for (const [agentId, { spans }] of signedIn)
    if (intervals)
      for (const [key, ms] of overlapMsByKey(spans, intervals)) count(agentId, key, { signIns: 0, refused: 0, ms });
    else count(agentId, null, { signIns: 0, refused: 0, ms: totalMs(spans) });

  return {
    totals: totals.figures(),
    agents: [...names]
      .map(([agentId, name]) => ({ agentId, ...name, figures: byAgent.get(agentId)!.figures() }))
      .sort((a, b) => a.agentName.localeCompare(b.agentName, "de")),
    groups: [...byGroup].map(([key, tally]) => ({ key, label: key, figures: tally.figures() })),
  };
}

/** The sign-ins and refusals within the period, of the agents and teams the report covers. */
async function signInEvents(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod) {
  const events = await db.activityEvent.findMany({
    where: {
      AND: [
        ...ownerConditions(scope, { ...filters, subPortalIds: null }),
        { type: { in: ["agentSignedIn", "signInRefused"] } },
        { at: { gte: period.from, lt: period.to } },
      ],
    },
    // In time order: an agent without time signed in is named as at their first event.
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { type: true, at: true, agentId: true, agentName: true, teamName: true },
  });
  return events.flatMap(({ agentId, agentName, teamName, ...event }) =>
    agentId ? [{ ...event, agentId, agentName: agentName ?? "", teamName: teamName ?? "" }] : [],
  );
}

/** One agent's part of a group: a sign-in, a refusal or time signed in. */
type Share = { agentId: string; signIns: number; refused: number; ms: number };

class Tally {
  private readonly present = new Set<string>();
  private signIns = 0;
  private refused = 0;
  private ms = 0;

  add(share: Share) {
    if (share.signIns > 0 || share.ms > 0) this.present.add(share.agentId);
    this.signIns += share.signIns;
    this.refused += share.refused;
    this.ms += share.ms;
  }

  figures(): SignInFigures {
    return { uniqueAgents: this.present.size, signIns: this.signIns, signedInMs: this.ms, refused: this.refused };
  }
}
