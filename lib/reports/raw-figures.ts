import "server-only";
import { db } from "@/lib/db/client";
import { addToGroup, type Figures, type GroupFigures } from "./figures";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { ownerConditions, portalFigureWhere } from "./report-where";

/** A range of time read from the raw rows, and the group it belongs to ("" for one by who or where). */
export type RawRange = ResolvedPeriod & { key: string };

/** A grouping by who or where: the rows' id and name are the group; null for one group per range. */
export type RawGrouping = "agent" | "team" | "portal" | null;

const WHO = {
  agent: ["agentId", "agentName"],
  team: ["teamId", "teamName"],
  portal: ["portalId", "portalName"],
} as const;

type Who = Partial<Record<"agentId" | "agentName" | "teamId" | "teamName" | "portalId" | "portalName", string | null>>;

/**
 * The Zusammenfassung's figures from the raw rows of some ranges of time, per group, counted and
 * summed by the database. Requests are counted when their activity row happened, sessions when they
 * started or ended; request figures only where the viewer's portal figures allow them. `waitsOf`:
 * the ranges whose sessions' waiting times are wanted one by one, per group (for a p90 without
 * another query).
 */
export async function rawFigures(
  scope: ReportScope,
  filters: ReportFilters,
  ranges: RawRange[],
  grouping: RawGrouping,
  { waitsOf }: { waitsOf: (range: RawRange) => boolean },
): Promise<{ groups: GroupFigures; waits: Map<string, number[]> }> {
  const groups: GroupFigures = new Map();
  const waits = new Map<string, number[]>();
  const owner = ownerConditions(scope, filters);
  const requestWhere = portalFigureWhere(scope, filters);
  // Grouped by the who's id and name; without one, by a column all rows of a range add up over.
  const who = grouping ? WHO[grouping] : ([] as const);
  const whoOr = <T extends string>(first: T) => (who.length > 0 ? [...who] : [first]);
  const add = (range: RawRange, row: Who, figures: Partial<Record<keyof Figures, number | bigint | null>>) => {
    if (!grouping) {
      addToGroup(groups, range.key, range.key, figures);
      return range.key;
    }
    const [id, name] = [row[WHO[grouping][0]], row[WHO[grouping][1]]];
    // Rows without the who (a request nobody took, grouped by agent) are in no group.
    if (!id) return null;
    addToGroup(groups, id, name ?? id, figures);
    return id;
  };
  // The sessions started, with each one's waiting time where wanted (the time index covers it).
  const startedIn = async (range: RawRange) => {
    const where = { AND: [...owner, { startedAt: { gte: range.from, lt: range.to } }] };
    if (waitsOf(range)) {
      const rows = await db.supportSession.findMany({
        where,
        select: { waitMs: true, ...Object.fromEntries(who.map((field) => [field, true])) },
      });
      return rows.map((row) => ({ ...row, count: 1, waits: [row.waitMs] }));
    }
    const rows = await db.supportSession.groupBy({
      by: whoOr("teamId" as const),
      where,
      _count: { _all: true },
      _sum: { waitMs: true },
    });
    return rows.map((row) => ({ ...row, count: row._count._all, waitMs: row._sum.waitMs ?? 0, waits: null }));
  };
  // One range at a time: each reads its part of the time index, where SQLite would scan the whole
  // table for an OR of ranges (a report grouped by week has a range at every week's edge).
  await Promise.all(
    ranges.map(async (range) => {
      const between = { gte: range.from, lt: range.to };
      const [requests, declines, started, ended] = await Promise.all([
        requestWhere
          ? db.activityEvent.groupBy({
              by: ["type", ...who],
              where: {
                AND: [
                  requestWhere,
                  { type: { in: ["submitted", "posted", "noAgentResponse", "abandoned"] } },
                  { at: between },
                ],
              },
              _count: { _all: true },
            })
          : [],
        db.activityEvent.groupBy({
          by: whoOr("type" as const),
          where: { AND: [...owner, { type: "declined" }, { at: between }] },
          _count: { _all: true },
        }),
        startedIn(range),
        db.supportSession.groupBy({
          by: ["outcome", ...who],
          where: { AND: [...owner, { endedAt: between }] },
          _count: { _all: true, customerRating: true },
          _sum: { durationMs: true, customerRating: true },
        }),
      ]);
      for (const row of requests) add(range, row as Who, { [row.type]: row._count._all });
      for (const row of declines) add(range, row as Who, { declined: row._count._all });
      for (const row of started) {
        const key = add(range, row as Who, { started: row.count, waitMs: row.waitMs });
        if (key !== null && row.waits) {
          const list = waits.get(key) ?? [];
          for (const wait of row.waits) list.push(wait);
          waits.set(key, list);
        }
      }
      for (const row of ended)
        add(range, row as Who, {
          ended: row._count._all,
          durationMs: row._sum.durationMs,
          resolved: row.outcome === "resolved" ? row._count._all : 0,
          unresolved: row.outcome === "unresolved" ? row._count._all : 0,
          customerRatings: row._count.customerRating,
          customerRatingSum: row._sum.customerRating,
        });
    }),
  );
  return { groups, waits };
}
