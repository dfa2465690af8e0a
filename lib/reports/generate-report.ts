import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { agentPerformance, type AgentPerformanceRow } from "./agent-performance";
import { resolvePeriod, type ResolvedPeriod } from "./period";
import { resolveReportFilters, type ReportFilters } from "./report-filters";
import { reportTypesOf } from "./report-options";
import type { ReportParams } from "./report-params";
import { TIME_GROUPINGS, type TimeGrouping } from "./time-buckets";
import { reportScope, type ReportScope } from "./report-scope";
import { sessionDetailPage, type SessionDetailCursor, type SessionDetailRow } from "./session-details";
import { signInActivity, type SignInActivity } from "./sign-in-activity";
import { portalsAndQueues, type PortalsAndQueues } from "./portals-and-queues";
import { summaryGroups, summaryOf, type Summary } from "./summary";
import { surveyCommentPage, surveyReport, type SurveyCommentRow, type SurveyReport } from "./surveys";

export type SummaryGroup = { key: string; label: string; summary: Summary };

/** What a report shows, by type. */
export type ReportResult =
  | { type: "summary"; summary: Summary; groups: SummaryGroup[] | null }
  | { type: "sessionDetails"; rows: SessionDetailRow[]; next: SessionDetailCursor | null }
  | { type: "agentPerformance"; rows: AgentPerformanceRow[] }
  | {
      type: "customerSurvey" | "agentSurvey";
      report: SurveyReport;
      /** The first comments; the export has them all. */
      comments: SurveyCommentRow[];
      moreComments: boolean;
    }
  | { type: "signInActivity"; report: SignInActivity }
  | { type: "portalsAndQueues"; report: PortalsAndQueues };

/** How many survey comments the page shows under the figures. */
const COMMENTS_SHOWN = 200;

/** A report as generated for one viewer: what it covers and what it found. */
export type GeneratedReport = {
  params: ReportParams;
  period: ResolvedPeriod;
  filters: ReportFilters;
  result: ReportResult;
};

/** Where a viewer's report stands before it counts anything: their scope, the checked filters and the period. */
export type ReportContext = { scope: ReportScope; filters: ReportFilters; period: ResolvedPeriod; timeZone: string };

/**
 * Checks a report's parameters for this viewer: may they have reports (and this type), are the
 * filters within their scope (else "not found"), is the Zeitraum a real one within the 90 kept days
 * (else a ValidationError on its field, with the manual's message). A monthly report's month is
 * given as its instants (`fixedPeriod`): it is computed once the month is over and kept for a year
 * (decision record 25), so the 90 days do not apply to it.
 */
export async function reportContext(
  actor: Principal,
  params: ReportParams,
  now = new Date(),
  // The page has loaded the viewer's scope for its form already.
  preloaded?: ReportScope,
  fixedPeriod?: ResolvedPeriod,
): Promise<ReportContext> {
  const scope = preloaded ?? (await reportScope(actor));
  if (!reportTypesOf(scope).includes(params.type)) throw new NotFoundError("report");
  const period = fixedPeriod ?? resolvePeriod(params.period, actor.timeZone, now);
  const filters = await resolveReportFilters(scope, params);
  return { scope, filters, period, timeZone: actor.timeZone };
}

/** "Bericht generieren": the report the parameters ask for, as this viewer may see it, in their time zone. */
export async function generateReport(
  actor: Principal,
  params: ReportParams,
  {
    now = new Date(),
    after = null,
    scope,
    period,
  }: { now?: Date; after?: SessionDetailCursor | null; scope?: ReportScope; period?: ResolvedPeriod } = {},
): Promise<GeneratedReport> {
  const context = await reportContext(actor, params, now, scope, period);
  const result = await resultOf(params, context, now, after);
  return { params, period: context.period, filters: context.filters, result };
}

async function resultOf(
  params: ReportParams,
  { scope, filters, period, timeZone }: ReportContext,
  now: Date,
  after: SessionDetailCursor | null,
): Promise<ReportResult> {
  switch (params.type) {
    case "summary": {
      const [summary, groups] = await Promise.all([
        summaryOf(scope, filters, period),
        params.grouping === "none" ? null : summaryGroups(scope, filters, period, params.grouping, timeZone),
      ]);
      return { type: "summary", summary, groups };
    }
    case "sessionDetails":
      return { type: "sessionDetails", ...(await sessionDetailPage(scope, filters, period, { after, limit: 100 })) };
    case "agentPerformance":
      return { type: "agentPerformance", rows: await agentPerformance(scope, filters, period, now) };
    case "customerSurvey":
    case "agentSurvey": {
      const side = params.type === "customerSurvey" ? "customer" : "agent";
      const grouping =
        params.grouping === "agent" || params.grouping === "team" || params.grouping === "portal"
          ? params.grouping
          : "none";
      const [report, comments] = await Promise.all([
        surveyReport(scope, filters, period, side, grouping),
        surveyCommentPage(scope, filters, period, side, { limit: COMMENTS_SHOWN }),
      ]);
      return { type: params.type, report, comments: comments.rows, moreComments: comments.next !== null };
    }
    case "signInActivity":
      return {
        type: "signInActivity",
        report: await signInActivity(scope, filters, period, timeGroupingOf(params), timeZone, now),
      };
    case "portalsAndQueues":
      return {
        type: "portalsAndQueues",
        report: await portalsAndQueues(scope, filters, period, timeGroupingOf(params), timeZone),
      };
  }
}

/** The reports split only by time take their grouping as such (parseReportParams allows no other for them). */
function timeGroupingOf(params: ReportParams): "none" | TimeGrouping {
  return (TIME_GROUPINGS as readonly string[]).includes(params.grouping) ? (params.grouping as TimeGrouping) : "none";
}
