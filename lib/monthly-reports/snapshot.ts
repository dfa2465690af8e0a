import type { GeneratedReport, ReportResult } from "@/lib/reports/generate-report";
import type { ReportFilters } from "@/lib/reports/report-filters";

/** A result a monthly report keeps: every type's but Sitzungsdetails'. */
export type KeptResult = Exclude<ReportResult, { type: "sessionDetails" }>;

/**
 * What a month of a monthly report keeps (MonthlyReportResult.data): the computed figures as the
 * report showed them then, and the names of its filters then. It is never computed again: the
 * sessions behind it lose their content after 90 days, the figures stay a year. Survey comments
 * are session content and are not kept (decision record 25).
 */
export type MonthlySnapshot = {
  version: 1;
  filters: ReportFilters["names"];
  result: KeptResult;
  /** Survey reports: the comments were left out. */
  commentsLeftOut: boolean;
};

export function snapshotOf(report: GeneratedReport): MonthlySnapshot {
  const { result } = report;
  if (result.type === "sessionDetails") throw new Error("Sitzungsdetails are not kept as a monthly report");
  const survey = result.type === "customerSurvey" || result.type === "agentSurvey";
  return {
    version: 1,
    filters: report.filters.names,
    result: survey ? { ...result, comments: [], moreComments: false } : result,
    commentsLeftOut: survey,
  };
}

/** The stored snapshot; null if it is not one this version can read. */
export function parseSnapshot(json: string): MonthlySnapshot | null {
  try {
    const value = JSON.parse(json) as Partial<MonthlySnapshot>;
    return value && value.version === 1 && value.result && value.filters ? (value as MonthlySnapshot) : null;
  } catch {
    return null;
  }
}
