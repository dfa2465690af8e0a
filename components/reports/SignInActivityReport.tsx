import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { DrillGroup } from "@/lib/reports/drill-figures";
import type { ReportParams } from "@/lib/reports/report-params";
import { reportFormat } from "@/lib/reports/report-format";
import type { SignInActivity, SignInFigures } from "@/lib/reports/sign-in-activity";
import { BarChart } from "./BarChart";
import { CountCell } from "./FigureLink";
import { ReportHead } from "./ReportHead";

/** Anmeldeaktivität: the totals, per time group if grouped (with a chart), and per agent. */
export async function SignInActivityReport({
  params,
  report,
  drillDown = true,
}: {
  params: ReportParams;
  report: SignInActivity;
  /** False for a kept monthly report: its counts lead nowhere (the rows behind them may be gone). */
  drillDown?: boolean;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  const links = { params, linked: drillDown, count: f.count };
  const cells = (figures: SignInFigures, group: DrillGroup | null, withAgents: boolean) => (
    <>
      {withAgents ? <td className="number">{f.count(figures.uniqueAgents)}</td> : null}
      <CountCell links={links} figure="signIns" group={group} value={figures.signIns} />
      <td className="number">{f.duration(figures.signedInMs)}</td>
      <CountCell links={links} figure="signInRefused" group={group} value={figures.refused} />
    </>
  );
  const head = (first: string, withAgents: boolean) => (
    <ReportHead
      first={first}
      figures={[
        ...(withAgents ? [t("signIn.uniqueAgents")] : []),
        t("signIn.signIns"),
        t("signIn.signedIn"),
        t("signIn.refused"),
      ]}
    />
  );
  const by = params.grouping === "none" ? null : params.grouping;
  const labelOf = (key: string, label: string) => f.groupLabel(params.grouping, key, label);
  return (
    <>
      {by ? (
        <>
          <BarChart
            title={t("charts.signInsBy", { grouping: t(`groupings.${by}`) })}
            bars={report.groups.map((g) => ({ label: labelOf(g.key, g.label), value: g.figures.signIns }))}
            formatValue={f.count}
            summary={report.groups.map((g) => `${labelOf(g.key, g.label)}: ${f.count(g.figures.signIns)}`).join("; ")}
            empty={t("noGroups")}
          />
          <ScrollTable caption={t("signIn.byTime")} className="table report-table">
            {head(t(`groupings.${by}`), true)}
            <tbody>
              {report.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{labelOf(g.key, g.label)}</th>
                  {cells(g.figures, { by, key: g.key }, true)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                {cells(report.totals, null, true)}
              </tr>
            </tfoot>
          </ScrollTable>
        </>
      ) : null}
      <ScrollTable caption={t("signIn.byAgent")} className="table report-table">
        {head(t("groupings.agent"), false)}
        <tbody>
          {report.agents.map((agent) => (
            <tr key={agent.agentId}>
              <th scope="row">{agent.agentName}</th>
              {cells(agent.figures, { by: "agent", key: agent.agentId }, false)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("signIn.totalAgents", { count: report.totals.uniqueAgents })}</th>
            {cells(report.totals, null, false)}
          </tr>
        </tfoot>
      </ScrollTable>
    </>
  );
}
