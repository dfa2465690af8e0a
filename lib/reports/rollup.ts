import "server-only";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { type Figures, noFigures } from "./figures";
import { RETENTION_DAYS } from "./period";
import { rolledUpDays } from "./rollup-figures";
import { signInEventsFor, stretchesOf } from "./signed-in-time";
import { DAY_MS, dayEnd, dayStart, utcDay } from "./utc-days";

// The daily rollup of the reports (decision record 20): at a million sessions in 90 days no report
// can read the raw rows when it runs. Once a UTC day is over, a job adds up its figures per agent and
// per sub-portal and team; a report reads the days it covers whole from there and the rest (today,
// the edges of the viewer's days, a day not rolled up yet) from the raw rows, counted the same way.
// A day changes after it is over only when an agent writes a session's outcome later or a survey
// comes in: that forgets the day (in the same transaction), and the job rolls it up again.

/** Request figures: activity rows without a team, counted per sub-portal. */
export const REQUEST_EVENTS = ["submitted", "posted", "noAgentResponse", "abandoned", "refusedClosed"] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

type Owner = {
  agentId: string | null;
  agentName: string | null;
  teamId: string | null;
  teamName: string | null;
  portalId: string | null;
  portalName: string | null;
  subPortalId: string | null;
  subPortalName: string | null;
};

const NO_OWNER: Owner = {
  agentId: null,
  agentName: null,
  teamId: null,
  teamName: null,
  portalId: null,
  portalName: null,
  subPortalId: null,
  subPortalName: null,
};

const OWNER = [
  "agentId",
  "agentName",
  "teamId",
  "teamName",
  "portalId",
  "portalName",
  "subPortalId",
  "subPortalName",
] as const;

/** The sums of one day, one agent (or sub-portal) and one team: what reports add up, and more. */
type Sums = Figures & { refusedClosed: number; agentRatings: number; agentRatingSum: number; signedInMs: number };

const noSums = (): Sums => ({ ...noFigures(), refusedClosed: 0, agentRatings: 0, agentRatingSum: 0, signedInMs: 0 });

/**
 * Adds up one UTC day and stores it, replacing what was there, in one transaction — read and
 * written under the write lock, so an outcome or survey written meanwhile waits and then forgets the
 * day again: the day is read from the rollup exactly when its rows are complete and current.
 */
export async function rollUpDay(day: string, now = new Date()): Promise<void> {
  await inTransaction((tx) => rollUp(tx, day, now));
}

async function rollUp(tx: Tx, day: string, now: Date): Promise<void> {
  const range = { gte: dayStart(day), lt: dayEnd(day) };
  const [signIns, events, started, ended] = await Promise.all([
    signInEventsFor(tx, [], { from: range.gte, to: range.lt }),
    tx.activityEvent.groupBy({
      by: ["type", ...OWNER],
      where: { type: { in: [...REQUEST_EVENTS, "declined"] }, at: range },
      _count: { _all: true },
    }),
    tx.supportSession.groupBy({
      by: [...OWNER],
      where: { startedAt: range },
      _count: { _all: true },
      _sum: { waitMs: true },
    }),
    tx.supportSession.groupBy({
      by: [...OWNER, "outcome"],
      where: { endedAt: range },
      _count: { _all: true, customerRating: true, agentRating: true },
      _sum: { durationMs: true, customerRating: true, agentRating: true },
    }),
  ]);
  const byAgent = new Map<string, { owner: Owner; sums: Sums }>();
  const byPortal = new Map<string, { owner: Owner; sums: Sums }>();
  const add = (owner: Owner, change: (sums: Sums) => void) => {
    // Every row counts for the totals: one without an agent (or a sub-portal) under "".
    entry(byAgent, `${owner.agentId ?? ""}\u0000${owner.teamId ?? ""}`, owner, change);
    entry(byPortal, `${owner.subPortalId ?? ""}\u0000${owner.teamId ?? ""}`, owner, change);
  };
  // First, so that the names are those of the day's rows below where it has any (the sign-in that
  // began a stretch may be the day before).
  for (const [agentId, agent] of stretchesOf(signIns, { from: range.gte, to: range.lt }, range.lt))
    for (const span of agent.spans) {
      const owner = { ...NO_OWNER, agentId, agentName: agent.agentName, teamId: span.teamId, teamName: agent.teamName };
      entry(byAgent, `${agentId}\u0000${span.teamId ?? ""}`, owner, (sums) => {
        sums.signedInMs += span.to.getTime() - span.from.getTime();
      });
    }
  for (const row of events)
    add(row, (sums) => {
      sums[row.type as RequestEvent | "declined"] += row._count._all;
    });
  for (const row of started)
    add(row, (sums) => {
      sums.started += row._count._all;
      sums.waitMs += row._sum.waitMs ?? 0;
    });
  for (const row of ended)
    add(row, (sums) => {
      sums.ended += row._count._all;
      sums.durationMs += row._sum.durationMs ?? 0;
      if (row.outcome === "resolved") sums.resolved += row._count._all;
      if (row.outcome === "unresolved") sums.unresolved += row._count._all;
      sums.customerRatings += row._count.customerRating;
      sums.customerRatingSum += row._sum.customerRating ?? 0;
      sums.agentRatings += row._count.agentRating;
      sums.agentRatingSum += row._sum.agentRating ?? 0;
    });
  await forgetDay(tx, day);
  await tx.reportDayAgent.createMany({
    data: [...byAgent.values()].map(({ owner, sums }) => ({
      day,
      agentId: owner.agentId ?? "",
      teamId: owner.teamId ?? "",
      agentName: owner.agentName ?? "",
      teamName: owner.teamName ?? "",
      declined: sums.declined,
      started: sums.started,
      waitMs: BigInt(sums.waitMs),
      ended: sums.ended,
      durationMs: BigInt(sums.durationMs),
      resolved: sums.resolved,
      unresolved: sums.unresolved,
      customerRatings: sums.customerRatings,
      customerRatingSum: sums.customerRatingSum,
      agentRatings: sums.agentRatings,
      agentRatingSum: sums.agentRatingSum,
      signedInMs: BigInt(sums.signedInMs),
    })),
  });
  await tx.reportDayPortal.createMany({
    data: [...byPortal.values()].map(({ owner, sums: { signedInMs: _agentsOnly, ...sums } }) => ({
      day,
      subPortalId: owner.subPortalId ?? "",
      teamId: owner.teamId ?? "",
      portalId: owner.portalId ?? "",
      portalName: owner.portalName ?? "",
      subPortalName: owner.subPortalName ?? "",
      teamName: owner.teamName ?? "",
      ...sums,
      waitMs: BigInt(sums.waitMs),
      durationMs: BigInt(sums.durationMs),
    })),
  });
  await tx.reportDayRollup.create({ data: { day, rolledUpAt: now } });
}

/** One entry of a day's sums; the names are those of the row added last. */
function entry(
  map: Map<string, { owner: Owner; sums: Sums }>,
  key: string,
  owner: Owner,
  change: (sums: Sums) => void,
) {
  const found = map.get(key) ?? { owner, sums: noSums() };
  found.owner = owner;
  change(found.sums);
  map.set(key, found);
}

/** Drops a day from the rollup: the job adds it up again, and until then reports read its raw rows. */
export async function forgetDay(tx: Tx, day: string): Promise<void> {
  await tx.reportDayAgent.deleteMany({ where: { day } });
  await tx.reportDayPortal.deleteMany({ where: { day } });
  await tx.reportDayRollup.deleteMany({ where: { day } });
}

/** After a change to a session that ended on a day of the past (its outcome, a survey): forgets that day. */
export async function forgetSessionDay(tx: Tx, endedAt: Date | null, now = new Date()): Promise<void> {
  if (endedAt && utcDay(endedAt) < utcDay(now)) await forgetDay(tx, utcDay(endedAt));
}

/**
 * The job: rolls up every day of the kept 90 that is over and not rolled up yet, oldest first, a few
 * per run (a fresh install with history catches up over a few minutes instead of blocking one run).
 */
export async function rollUpClosedDays(now = new Date(), { maxDays = 10 }: { maxDays?: number } = {}): Promise<number> {
  const today = utcDay(now);
  const first = utcDay(new Date(now.getTime() - (RETENTION_DAYS + 1) * DAY_MS));
  const done = await rolledUpDays(first, today);
  let rolled = 0;
  for (let day = first; day < today && rolled < maxDays; day = utcDay(dayEnd(day))) {
    if (done.has(day)) continue;
    await rollUpDay(day, now);
    rolled++;
  }
  return rolled;
}
