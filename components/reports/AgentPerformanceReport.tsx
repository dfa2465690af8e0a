import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { AgentPerformanceRow } from "@/lib/reports/agent-performance";
import type { ReportParams } from "@/lib/reports/report-params";
import { BarChart } from "./BarChart";
import { CountCell } from "./FigureLink";
import { reportFormat } from "@/lib/reports/report-format";
import { ReportHead } from "./ReportHead";

/** Mitarbeiterleistung: a chart of sessions per agent, and the table with every figure per agent. */
export async function AgentPerformanceReport({
  params,
  rows,
  drillDown = true,
}: {
  params: ReportParams;
  rows: AgentPerformanceRow[];
  /** False for a kept monthly report: its counts lead nowhere (the rows behind them may be gone). */
  drillDown?: boolean;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  const links = { params, linked: drillDown, count: f.count };
  if (rows.length === 0) return <p className="empty-state">{t("noAgents")}</p>;
  const bars = rows.map((row) => ({ label: row.agentName, value: row.sessions }));
  const hours = (ms: number) => f.duration(ms);
  return (
    <>
      <BarChart
        title={t("charts.sessionsPerAgent")}
        bars={bars}
        formatValue={f.count}
        summary={bars.map((bar) => `${bar.label}: ${f.count(bar.value)}`).join("; ")}
        empty={t("noAgents")}
      />
      <ScrollTable caption={t("types.agentPerformance")} className="table report-table">
        <ReportHead
          first={t("agentColumns.agent")}
          figures={(
            [
              "sessions",
              "averageDuration",
              "averagePickUp",
              "declined",
              "resolvedShare",
              "averageCustomerRating",
              "signedIn",
              "sessionsPerHour",
            ] as const
          ).map((column) => t(`agentColumns.${column}`))}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.agentId}>
              <th scope="row">{row.agentName}</th>
              <CountCell
                links={links}
                figure="started"
                group={{ by: "agent", key: row.agentId }}
                value={row.sessions}
              />
              <td className="number">{f.duration(row.averageDurationMs)}</td>
              <td className="number">{f.duration(row.averagePickUpMs)}</td>
              <CountCell
                links={links}
                figure="declined"
                group={{ by: "agent", key: row.agentId }}
                value={row.declined}
              />
              <td className="number">{f.share(row.resolvedShare)}</td>
              <td className="number">{f.rating(row.averageCustomerRating)}</td>
              <td className="number">{hours(row.signedInMs)}</td>
              <td className="number">{row.sessionsPerHour === null ? "–" : f.rating(row.sessionsPerHour)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
