import { getTranslations } from "next-intl/server";
import { AgentPerformanceReport } from "@/components/reports/AgentPerformanceReport";
import { PortalsAndQueuesReport } from "@/components/reports/PortalsAndQueuesReport";
import { ReportForm } from "@/components/reports/ReportForm";
import { ReportHeading } from "@/components/reports/ReportHeading";
import { SavedReportList } from "@/components/reports/SavedReportList";
import { SessionDetailsTable } from "@/components/reports/SessionDetailsReport";
import { SignInActivityReport } from "@/components/reports/SignInActivityReport";
import { SummaryReport } from "@/components/reports/SummaryReport";
import { SurveyReportView } from "@/components/reports/SurveyReportView";
import Link from "next/link";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { addressFormTitle, addressKey } from "@/lib/forms/address-form";
import type { SearchParams } from "@/lib/forms/page-props";
import type { GeneratedReport } from "@/lib/reports/generate-report";
import { mayScheduleReports } from "@/lib/reports/delivery/delivery-access";
import { reportFormValues } from "@/lib/reports/report-form";
import { reportFormOptions } from "@/lib/reports/report-options";
import { reportFromAddress } from "@/lib/reports/report-from-address";
import { reportHref } from "@/lib/reports/report-query";
import { reportScope } from "@/lib/reports/report-scope";
import { listSavedReports } from "@/lib/reports/saved-reports";
import { hasMonthlyReports } from "@/lib/monthly-reports/access";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";
import { cursorParam } from "@/lib/reports/session-cursor";
import type { SessionDetailRow } from "@/lib/reports/session-details";
import { sessionInformationLinks } from "@/lib/session-information/session-links";
import { pauseScheduleAction, reportFormAction, resumeScheduleAction, runSavedReportAction } from "./actions";

/**
 * Berichte (manual chapter 5): the settings, the report they ask for — generated on the server from
 * the page's address, so it works without JavaScript and every report is a link — and Meine
 * Berichte at the bottom.
 */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(reportScope(actor));
  const query = await searchParams;
  const [options, saved, schedules, monthly] = await Promise.all([
    reportFormOptions(scope),
    listSavedReports(actor),
    mayScheduleReports(actor),
    hasMonthlyReports(actor),
  ]);
  const { params, report, state } = await reportFromAddress(addressKey(query));
  const t = await getTranslations("Reports");
  const tm = await getTranslations("MonthlyReports");
  return (
    <div className="stack min-w-0">
      <h1>{t("title")}</h1>
      <Notice />
      <p>{options.filters ? t("intro") : t("agentIntro")}</p>
      {monthly ? (
        <p>
          {tm("fromReports")} <Link href={MONTHLY_REPORTS_PATH}>{tm("title")}</Link>
        </p>
      ) : null}
      <ReportForm
        action={reportFormAction}
        options={options}
        defaults={reportFormValues(params ?? null)}
        initialState={state}
        delivery={schedules ? { email: actor.email, timeZone: actor.timeZone } : null}
      />
      {report ? (
        <section aria-labelledby="report" className="stack min-w-0 report">
          <ReportHeading report={report} headingId="report" />
          <ReportBody report={report} sessionHref={await sessionInformationLinks(actor)} />
        </section>
      ) : null}
      <SavedReportList
        reports={saved}
        runAction={runSavedReportAction}
        pauseAction={pauseScheduleAction}
        resumeAction={resumeScheduleAction}
      />
    </div>
  );
}

async function ReportBody({
  report,
  sessionHref,
}: {
  report: GeneratedReport;
  sessionHref: (row: SessionDetailRow) => string | null;
}) {
  const { params, result } = report;
  const t = await getTranslations("Reports");
  switch (result.type) {
    case "summary":
      return <SummaryReport params={params} summary={result.summary} groups={result.groups} />;
    case "sessionDetails":
      return (
        <SessionDetailsTable
          caption={t("types.sessionDetails")}
          rows={result.rows}
          nextHref={result.next ? reportHref(params, { after: cursorParam(result.next) }) : null}
          sessionHref={sessionHref}
        />
      );
    case "agentPerformance":
      return <AgentPerformanceReport params={params} rows={result.rows} />;
    case "customerSurvey":
    case "agentSurvey":
      return (
        <SurveyReportView
          params={params}
          report={result.report}
          comments={result.comments}
          moreComments={result.moreComments}
        />
      );
    case "signInActivity":
      return <SignInActivityReport params={params} report={result.report} />;
    case "portalsAndQueues":
      return <PortalsAndQueuesReport params={params} report={result.report} />;
  }
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("Nav");
  // A viewer without access, or signed out, is turned away by the page itself; the title stays plain.
  const answer = await reportFromAddress(addressKey(await searchParams)).catch(() => null);
  return { title: answer ? await addressFormTitle(t("reports"), answer.state) : t("reports") };
}
