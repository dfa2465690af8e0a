import "server-only";
import { db } from "@/lib/db/client";
import { addToGroup, type GroupFigures } from "./figures";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions, portalFigureWhere } from "./report-where";

/** Who or where a row belongs to, for the groupings by agent, team and portal. */
export type RowOwner = {
  agentId: string | null;
  agentName: string | null;
  teamId: string | null;
  teamName: string | null;
  portalId: string | null;
  portalName: string | null;
};

/** The group of a row: its key and name, or null for a row the grouping leaves out. */
export type GroupOf = (row: RowOwner & { at: Date }) => { key: string; label: string } | null;

const OWNER = {
  agentId: true,
  agentName: true,
  teamId: true,
  teamName: true,
  portalId: true,
  portalName: true,
} as const;

/**
 * The Zusammenfassung's figures from the raw rows of some ranges of time, per group, and the
 * waiting times of each group's sessions (for the p90). Requests are counted when their activity
 * row happened, sessions when they started or ended; request figures only where `requestWhere`
 * (the viewer's portal figures) allows them.
 */
export async function rawFigures(
  scope: ReportScope,
  filters: ReportFilters,
  ranges: ResolvedPeriod[],
  groupOf: GroupOf,
): Promise<{ groups: GroupFigures; waits: Map<string, number[]> }> {
  const groups: GroupFigures = new Map();
  const waits = new Map<string, number[]>();
  if (ranges.length === 0) return { groups, waits };
  const owner = ownerConditions(scope, filters);
  const requestWhere = portalFigureWhere(scope, filters);
  // One query per range, not one with OR over all of them: each range then reads its part of the
  // time index, where SQLite would scan the whole table for the OR (a report grouped by week has
  // a range at every week's edge).
  const perRange = async <T>(read: (range: ResolvedPeriod) => Promise<T[]>) =>
    (await Promise.all(ranges.map(read))).flat();
  const between = (range: ResolvedPeriod) => ({ gte: range.from, lt: range.to });
  const [requests, declines, started, ended] = await Promise.all([
    requestWhere
      ? perRange((range) =>
          db.activityEvent.findMany({
            where: {
              AND: [
                requestWhere,
                { type: { in: ["submitted", "posted", "noAgentResponse", "abandoned"] } },
                { at: between(range) },
              ],
            },
            select: { type: true, at: true, ...OWNER },
          }),
        )
      : [],
    perRange((range) =>
      db.activityEvent.findMany({
        where: { AND: [...owner, { type: "declined" }, { at: between(range) }] },
        select: { at: true, ...OWNER },
      }),
    ),
    perRange((range) =>
      db.supportSession.findMany({
        where: { AND: [...owner, { startedAt: between(range) }] },
        select: { startedAt: true, waitMs: true, ...OWNER },
      }),
    ),
    perRange((range) =>
      db.supportSession.findMany({
        where: { AND: [...owner, { endedAt: between(range) }] },
        select: { endedAt: true, durationMs: true, outcome: true, customerRating: true, ...OWNER },
      }),
    ),
  ]);
  const add = (row: RowOwner & { at: Date }, figures: Parameters<typeof addToGroup>[3]) => {
    const group = groupOf(row);
    if (group) addToGroup(groups, group.key, group.label, figures);
    return group;
  };
  for (const row of requests) add(row, { [row.type]: 1 });
  for (const row of declines) add(row, { declined: 1 });
  for (const { startedAt, waitMs, ...row } of started) {
    const group = add({ ...row, at: startedAt }, { started: 1, waitMs });
    if (group) waits.set(group.key, [...(waits.get(group.key) ?? []), waitMs]);
  }
  for (const { endedAt, durationMs, outcome, customerRating, ...row } of ended)
    add(
      { ...row, at: endedAt! },
      {
        ended: 1,
        durationMs: durationMs ?? 0,
        resolved: outcome === "resolved" ? 1 : 0,
        unresolved: outcome === "unresolved" ? 1 : 0,
        customerRatings: customerRating === null ? 0 : 1,
        customerRatingSum: customerRating ?? 0,
      },
    );
  return { groups, waits };
}
