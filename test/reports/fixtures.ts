import type { ReportFilters } from "@/lib/reports/report-filters";

/** A report without filters: everything the scope allows. */
export const noFilters: ReportFilters = {
  subPortalIds: null,
  teamIds: null,
  agentId: null,
  names: { portal: null, subPortal: null, team: null, agent: null },
};

export const at = (value: string) => new Date(value);

/** The UTC day the report tests look at. */
export const period = { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-02T00:00:00Z") };
