import type { Grouping, ReportParams } from "./report-params";
import { reportQuery } from "./report-query";

/**
 * The figures a report links to the rows behind them (drill-down): request figures lead to the
 * activity rows they counted, session figures to Sitzungsdetails — started in the period, or ended
 * in it with that outcome or survey rating — and sign-in figures to the sign-ins.
 */
export const DRILL_FIGURES = [
  "submitted",
  "posted",
  "declined",
  "noAgentResponse",
  "abandoned",
  "refusedClosed",
  "started",
  "ended",
  "resolved",
  "unresolved",
  "unknown",
  "customerRated",
  "customerRating1",
  "customerRating2",
  "customerRating3",
  "customerRating4",
  "customerRating5",
  "agentRated",
  "agentRating1",
  "agentRating2",
  "agentRating3",
  "agentRating4",
  "agentRating5",
  "signIns",
  "signInRefused",
] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

/** One group of a report: a day, a week, an hour of the day, an agent, a team, a portal, … */
export type DrillGroup = { by: Exclude<Grouping, "none">; key: string };

/** The rows behind one figure of a report, optionally of one group (a row of its table). */
export function drillHref(params: ReportParams, figure: DrillFigure, group?: DrillGroup | null): string {
  const query = reportQuery(params);
  query.set("figure", figure);
  if (group) {
    query.set("by", group.by);
    query.set("group", group.key);
  }
  return `/manager/reports/details?${query}`;
}
