import "server-only";
import { addToGroup, type Figures, type GroupFigures, noFigures } from "./figures";
import type { ResolvedPeriod } from "./period";
import { rawFigures, type RawRange } from "./raw-figures";
import type { ReportFilters } from "./report-filters";
import type { Grouping } from "./report-params";
import type { ReportScope } from "./report-scope";
import { ownerConditions, portalFigureWhere } from "./report-where";
import { dayEnd, dayStart, utcDay } from "./utc-days";
import { rolledUpDays, rollupFigures, splitByRollup } from "./rollup-figures";
import { waitFigures } from "./statistics";
import { waitP90 } from "./wait-rank";
import { timeBucketIntervals, timeBucketsIn, TIME_GROUPINGS, type TimeGrouping } from "./time-buckets";

/** Zusammenfassung: what happened to requests and sessions in a period (manual chapter 5). */
export type Summary = {
  /** Figures about requests before any team has them; null where the viewer may not see them. */
  requests: {
    submitted: number;
    posted: number;
    /** posted / submitted, 0–1; null without requests. */
    postedShare: number | null;
    noAgentResponse: number;
    abandoned: number;
  } | null;
  /** Offers an agent of the scope declined. */
  declined: number;
  sessionsStarted: number;
  sessionsEnded: number;
  /** Of the sessions that started: from the request's arrival to its acceptance. */
  waitMs: { average: number; p90: number } | null;
  /** Of the sessions that ended. */
  averageDurationMs: number | null;
  /** The customers' survey rating (1–5) of the sessions that ended, where they gave one. */
  averageCustomerRating: number | null;
  outcomes: { resolved: number; unresolved: number; unknown: number };
};

/**
 * The Zusammenfassung of a period for a viewer: requests are counted when they happened (their
 * activity event), sessions when they started or ended. Request figures belong to sub-portals, not
 * teams: a team manager sees them for the sub-portals their teams serve (unless their rights keep
 * portal reports from them), an agent not at all. Everything else follows the sessions' team and
 * agent. The rows behind every figure are the Sitzungsdetails with the same scope and filters.
 * Whole UTC days come from the daily rollup where it has them, the rest from the raw rows
 * (decision record 20): the same definitions either way.
 */
export async function summaryOf(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod): Promise<Summary> {
  const [group] = await summaryGroupsOf(scope, filters, period, "none", "UTC", true);
  return group!.summary;
}

/**
 * The Zusammenfassung per group: per day, week, month, hour or weekday of the viewer's clock (every
 * group of the period, empty ones as zeros), or per agent, team or portal (the names as they were;
 * requests nobody took have no agent or team and are left out of those groupings). `p90: false`
 * leaves out the waiting times' p90 (Mitarbeiterleistung shows the average only).
 */
export async function summaryGroups(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  grouping: Exclude<Grouping, "none">,
  timeZone: string,
  { p90 = true }: { p90?: boolean } = {},
): Promise<{ key: string; label: string; summary: Summary }[]> {
  return summaryGroupsOf(scope, filters, period, grouping, timeZone, p90);
}

async function summaryGroupsOf(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  grouping: Grouping,
  timeZone: string,
  withP90: boolean,
): Promise<{ key: string; label: string; summary: Summary }[]> {
  const hasRequests = portalFigureWhere(scope, filters) !== null;
  const intervals = isTimeGrouping(grouping)
    ? timeBucketIntervals(period, grouping, timeZone)
    : [{ key: "", from: period.from, to: period.to }];
  const { days, raw } = splitByRollup(intervals, await rolledUpDays(utcDay(period.from), utcDay(period.to)));
  let rolled = await rollupFigures(scope, filters, days, grouping, hasRequests);
  if (!rolled) {
    // Figures the rollup cannot tell apart: these days from their raw rows too.
    for (const [day, key] of days) raw.push({ from: dayStart(day), to: dayEnd(day), key });
    days.clear();
    rolled = new Map();
  }
  const byWho = grouping === "agent" || grouping === "team" || grouping === "portal" ? grouping : null;
  // The waiting times one by one only where the p90 can come from them: a group without any
  // rolled-up day (which else reads it at its rank from the sessions).
  const rolledKeys = new Set(days.values());
  const waitsOf = (range: RawRange) => withP90 && (byWho ? days.size === 0 : !rolledKeys.has(range.key));
  const fromRows = await rawFigures(scope, filters, raw, byWho, { waitsOf });
  const groups: GroupFigures = new Map();
  if (isTimeGrouping(grouping))
    for (const key of timeBucketsIn(period, grouping, timeZone)) groups.set(key, { label: key, figures: noFigures() });
  if (grouping === "none") groups.set("", { label: "", figures: noFigures() });
  for (const source of [rolled, fromRows.groups])
    for (const [key, { label, figures }] of source) addToGroup(groups, key, label, figures);
  const result = await Promise.all(
    [...groups].map(async ([key, { label, figures }]) => {
      // The p90 is a rank, not a sum: from the rows' waiting times when they are all at hand, else
      // read at its rank from the sessions of the group.
      const fromRollup = rolled.get(key)?.figures.started ?? 0;
      const p90 =
        !withP90 || figures.started === 0
          ? null
          : fromRollup === 0 && fromRows.waits.has(key)
            ? nearestRank(fromRows.waits.get(key)!)
            : await waitP90(
                [...ownerConditions(scope, filters), ownerOf(key, grouping)],
                rangesOf(key, grouping, intervals),
                figures.started,
              );
      return { key, label, summary: summaryFrom(figures, hasRequests, p90) };
    }),
  );
  return isTimeGrouping(grouping) || grouping === "none"
    ? result
    : result.sort((a, b) => a.label.localeCompare(b.label, "de"));
}

const isTimeGrouping = (grouping: string): grouping is TimeGrouping =>
  (TIME_GROUPINGS as readonly string[]).includes(grouping);

/** The instants of one group: its intervals of the viewer's clock, or the whole period. */
function rangesOf(
  key: string,
  grouping: Grouping,
  intervals: { key: string; from: Date; to: Date }[],
): ResolvedPeriod[] {
  return isTimeGrouping(grouping) ? intervals.filter((interval) => interval.key === key) : intervals;
}

/** The sessions of one group by who or where. */
function ownerOf(key: string, grouping: Grouping): Partial<Record<"agentId" | "teamId" | "portalId", string>> {
  if (grouping === "agent") return { agentId: key };
  if (grouping === "team") return { teamId: key };
  if (grouping === "portal") return { portalId: key };
  return {};
}

/** The nearest-rank p90 of some waiting times: one that occurred, never an interpolation. */
function nearestRank(waits: number[]): number | null {
  return waitFigures(waits)?.p90 ?? null;
}

function summaryFrom(f: Figures, hasRequests: boolean, p90: number | null): Summary {
  const mean = (sum: number, count: number) => (count ? Math.round(sum / count) : null);
  return {
    requests: hasRequests
      ? {
          submitted: f.submitted,
          posted: f.posted,
          postedShare: f.submitted ? f.posted / f.submitted : null,
          noAgentResponse: f.noAgentResponse,
          abandoned: f.abandoned,
        }
      : null,
    declined: f.declined,
    sessionsStarted: f.started,
    sessionsEnded: f.ended,
    waitMs: f.started ? { average: mean(f.waitMs, f.started)!, p90: p90 ?? 0 } : null,
    averageDurationMs: mean(f.durationMs, f.ended),
    // Ratings keep one decimal ("4,3"), unlike durations, which are whole milliseconds.
    averageCustomerRating: f.customerRatings ? Math.round((f.customerRatingSum / f.customerRatings) * 10) / 10 : null,
    outcomes: { resolved: f.resolved, unresolved: f.unresolved, unknown: f.ended - f.resolved - f.unresolved },
  };
}
