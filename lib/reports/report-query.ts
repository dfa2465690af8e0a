import type { ReportParams } from "./report-params";

/**
 * A report's parameters as the query of its address (`/manager/reports?type=…&period=…`), so a
 * generated report is a link: bookmarked, shared, opened again, reloaded without JavaScript. Only
 * what differs from "everything" is written; parseReportParams reads it back (and checks it, since
 * an address is user input).
 */
export function reportQuery(params: ReportParams): URLSearchParams {
  const query = new URLSearchParams({ type: params.type, period: params.period.kind });
  if (params.period.kind === "custom") {
    query.set("startDate", params.period.startDate);
    query.set("endDate", params.period.endDate);
  }
  for (const name of ["portalId", "subPortalId", "teamId", "agentId"] as const) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  if (params.grouping !== "none") query.set("grouping", params.grouping);
  return query;
}

/** The form's fields as the parser reads them: the first value of each (a query may repeat a name). */
export function reportFieldsOf(get: (name: string) => string | undefined): Record<string, string | undefined> {
  const names = ["type", "period", "startDate", "endDate", "portalId", "subPortalId", "teamId", "agentId", "grouping"];
  return Object.fromEntries(names.map((name) => [name, get(name)]));
}

/** Where a generated report is shown. */
export const reportHref = (params: ReportParams, extra: Record<string, string> = {}) =>
  `/manager/reports?${new URLSearchParams([...reportQuery(params), ...Object.entries(extra)])}`;
