import "server-only";
import { db } from "@/lib/db/client";
import { addToGroup, type GroupFigures } from "./figures";
import type { ReportFilters } from "./report-filters";
import type { Grouping } from "./report-params";
import type { RawRange } from "./raw-figures";
import type { ReportScope } from "./report-scope";
import { ownerConditions } from "./report-where";
import { dayEnd, dayStart, utcDay } from "./utc-days";

/** What a rolled-up day stands for in a report: the group it belongs to ("" without a time grouping). */
export type RolledUpDays = Map<string, string>;

type Sums = Partial<Record<string, number | bigint | null>>;

/**
 * Which parts of the groups' intervals the rollup has whole (a UTC day inside one interval, rolled
 * up) and which must be read from the raw rows.
 */
export function splitByRollup(
  intervals: { key: string; from: Date; to: Date }[],
  rolledUp: ReadonlySet<string>,
): { days: RolledUpDays; raw: RawRange[] } {
  const days: RolledUpDays = new Map();
  const raw: RawRange[] = [];
  for (const interval of intervals) {
    let cursor = interval.from;
    for (let day = utcDay(interval.from); dayStart(day) < interval.to; day = utcDay(dayEnd(day))) {
      const [start, end] = [dayStart(day), dayEnd(day)];
      if (start < interval.from || end > interval.to || !rolledUp.has(day)) continue;
      if (cursor < start) raw.push({ from: cursor, to: start, key: interval.key });
      days.set(day, interval.key);
      cursor = end;
    }
    if (cursor < interval.to) raw.push({ from: cursor, to: interval.to, key: interval.key });
  }
  return { days, raw };
}

const SUMS = {
  declined: true,
  started: true,
  waitMs: true,
  ended: true,
  durationMs: true,
  resolved: true,
  unresolved: true,
  customerRatings: true,
  customerRatingSum: true,
} as const;

const REQUEST_SUMS = { submitted: true, posted: true, noAgentResponse: true, abandoned: true } as const;

/** The rolled-up days among these. */
export async function rolledUpDays(from: string, to: string): Promise<Set<string>> {
  const rows = await db.reportDayRollup.findMany({ where: { day: { gte: from, lte: to } }, select: { day: true } });
  return new Set(rows.map((row) => row.day));
}

/**
 * A viewer's scope and filters as conditions on the rollup's columns: those of ownerConditions, split
 * by the column they name (the agents' table has no sub-portal, the sub-portals' table no agent).
 */
function rolledUpOwners(scope: ReportScope, filters: ReportFilters) {
  const conditions = ownerConditions(scope, filters);
  return {
    teams: conditions.filter((condition) => "teamId" in condition),
    agents: conditions.filter((condition) => "agentId" in condition),
    subPortals: conditions.filter((condition) => "subPortalId" in condition),
  };
}

/** Time signed in on whole rolled-up days, per agent with any, under their latest name. */
export async function rolledUpSignedIn(
  scope: ReportScope,
  filters: ReportFilters,
  days: readonly string[],
): Promise<Map<string, { name: string; ms: number }>> {
  if (days.length === 0) return new Map();
  const { teams, agents } = rolledUpOwners(scope, filters);
  const rows = await db.reportDayAgent.groupBy({
    by: ["agentId", "agentName"],
    where: { AND: [{ day: { in: [...days] } }, { signedInMs: { gt: 0 } }, ...teams, ...agents] },
    _sum: { signedInMs: true },
    _max: { day: true },
    orderBy: { _max: { day: "desc" } },
  });
  const result = new Map<string, { name: string; ms: number }>();
  for (const row of rows) {
    const found = result.get(row.agentId) ?? { name: row.agentName, ms: 0 };
    found.ms += Number(row._sum.signedInMs ?? 0);
    result.set(row.agentId, found);
  }
  return result;
}

/**
 * The Zusammenfassung's figures of whole rolled-up days, per group — or null where the rollup
 * cannot tell them apart: a report about one agent narrowed to a portal (the rollup keeps agents and
 * sub-portals apart), which then reads its raw rows (one agent's, so few).
 */
export async function rollupFigures(
  scope: ReportScope,
  filters: ReportFilters,
  days: RolledUpDays,
  grouping: Exclude<Grouping, "none"> | "none",
  hasRequestFigures: boolean,
): Promise<GroupFigures | null> {
  const groups: GroupFigures = new Map();
  if (days.size === 0) return groups;
  const byPortal = Boolean(filters.subPortalIds) || grouping === "portal";
  const byAgent = scope.kind === "agent" || Boolean(filters.agentId) || grouping === "agent";
  if (byPortal && byAgent) return null;
  const dayList = [...days.keys()];
  const { teams, agents, subPortals } = rolledUpOwners(scope, filters);
  // Grouped by who or where: one row per id and name, the latest name first; else one per day.
  const byWho = grouping === "agent" || grouping === "team" || grouping === "portal";
  const add = (day: string | undefined, id: string | undefined, name: string | undefined, sums: Sums) => {
    const key = byWho ? id || null : days.get(day!)!;
    if (key !== null) addToGroup(groups, key, byWho ? name! : key, sums);
  };
  const latestFirst = { _max: { day: "desc" } } as const;
  if (byPortal) {
    const rows = await db.reportDayPortal.groupBy({
      by: byWho ? (grouping === "team" ? ["teamId", "teamName"] : ["portalId", "portalName"]) : ["day"],
      where: { AND: [{ day: { in: dayList } }, ...teams, ...subPortals] },
      _sum: SUMS,
      _max: { day: true },
      orderBy: latestFirst,
    });
    for (const row of rows) {
      const r = row as typeof row & Partial<Record<"day" | "teamId" | "teamName" | "portalId" | "portalName", string>>;
      add(
        r.day,
        grouping === "team" ? r.teamId : r.portalId,
        grouping === "team" ? r.teamName : r.portalName,
        row._sum,
      );
    }
  } else {
    const rows = await db.reportDayAgent.groupBy({
      by: byWho ? (grouping === "team" ? ["teamId", "teamName"] : ["agentId", "agentName"]) : ["day"],
      where: { AND: [{ day: { in: dayList } }, ...teams, ...agents] },
      _sum: SUMS,
      _max: { day: true },
      orderBy: latestFirst,
    });
    for (const row of rows) {
      const r = row as typeof row & Partial<Record<"day" | "teamId" | "teamName" | "agentId" | "agentName", string>>;
      add(r.day, grouping === "team" ? r.teamId : r.agentId, grouping === "team" ? r.teamName : r.agentName, row._sum);
    }
  }
  // Requests before any team had them: per sub-portal, none in a grouping by agent or team.
  if (hasRequestFigures && grouping !== "agent" && grouping !== "team") {
    const requestSubPortals = [
      ...subPortals,
      ...(scope.kind === "teams" && scope.portalFigures
        ? [{ subPortalId: { in: [...scope.portalFigures.subPortalIds] } }]
        : []),
    ];
    const rows = await db.reportDayPortal.groupBy({
      by: grouping === "portal" ? ["portalId", "portalName"] : ["day"],
      where: { AND: [{ day: { in: dayList } }, { teamId: "" }, ...requestSubPortals] },
      _sum: REQUEST_SUMS,
      _max: { day: true },
      orderBy: latestFirst,
    });
    for (const row of rows) {
      const r = row as typeof row & Partial<Record<"day" | "portalId" | "portalName", string>>;
      add(r.day, r.portalId, r.portalName, row._sum);
    }
  }
  return groups;
}
