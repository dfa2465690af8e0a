import { getTranslations } from "next-intl/server";
import { AgentPerformanceReport } from "@/components/reports/AgentPerformanceReport";
import { PortalsAndQueuesReport } from "@/components/reports/PortalsAndQueuesReport";
import { SignInActivityReport } from "@/components/reports/SignInActivityReport";
import { SummaryReport } from "@/components/reports/SummaryReport";
import { SurveyReportView } from "@/components/reports/SurveyReportView";
import type { MonthlyResult } from "@/lib/monthly-reports/monthly-result";

/**
 * One month of a monthly report, drawn by the Berichte page's own views from what was kept: the
 * counts lead nowhere (the sessions behind them may be gone), surveys have no comments.
 */
export async function MonthlyResultView({ result }: { result: MonthlyResult }) {
  const t = await getTranslations("MonthlyReports");
  const { params } = result;
  const kept = result.snapshot.result;
  const body = (() => {
    switch (kept.type) {
      case "summary":
        return <SummaryReport params={params} summary={kept.summary} groups={kept.groups} drillDown={false} />;
      case "agentPerformance":
        return <AgentPerformanceReport params={params} rows={kept.rows} drillDown={false} />;
      case "customerSurvey":
      case "agentSurvey":
        return (
          <SurveyReportView
            params={params}
            report={kept.report}
            comments={null}
            moreComments={false}
            drillDown={false}
          />
        );
      case "signInActivity":
        return <SignInActivityReport params={params} report={kept.report} drillDown={false} />;
      case "portalsAndQueues":
        return <PortalsAndQueuesReport params={params} report={kept.report} drillDown={false} />;
    }
  })();
  return (
    <>
      <p>{t("asComputed")}</p>
      {result.snapshot.commentsLeftOut ? <p>{t("commentsLeftOut")}</p> : null}
      {body}
    </>
  );
}
