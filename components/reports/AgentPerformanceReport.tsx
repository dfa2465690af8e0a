import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import type { AgentPerformanceRow } from "@/lib/reports/agent-performance";
import type { ReportParams } from "@/lib/reports/report-params";
import { BarChart } from "./BarChart";
import { FigureLink } from "./FigureLink";
import { reportFormat } from "@/lib/reports/report-format";

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
      <ScrollRegion label={t("types.agentPerformance")}>
        <table className="table report-table">
          <caption className="sr-only">{t("types.agentPerformance")}</caption>
          <thead>
            <tr>
              {(
                [
                  "agent",
                  "sessions",
                  "averageDuration",
                  "averagePickUp",
                  "declined",
                  "resolvedShare",
                  "averageCustomerRating",
                  "signedIn",
                  "sessionsPerHour",
                ] as const
              ).map((column, i) => (
                <th key={column} scope="col" className={i ? "number" : undefined}>
                  {t(`agentColumns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.agentId}>
                <th scope="row">{row.agentName}</th>
                <td className="number">
                  <FigureLink
                    linked={drillDown}
                    params={params}
                    figure="started"
                    group={{ by: "agent", key: row.agentId }}
                    value={row.sessions}
                    text={f.count(row.sessions)}
                  />
                </td>
                <td className="number">{f.duration(row.averageDurationMs)}</td>
                <td className="number">{f.duration(row.averagePickUpMs)}</td>
                <td className="number">
                  <FigureLink
                    linked={drillDown}
                    params={params}
                    figure="declined"
                    group={{ by: "agent", key: row.agentId }}
                    value={row.declined}
                    text={f.count(row.declined)}
                  />
                </td>
                <td className="number">{f.share(row.resolvedShare)}</td>
                <td className="number">{f.rating(row.averageCustomerRating)}</td>
                <td className="number">{hours(row.signedInMs)}</td>
                <td className="number">{row.sessionsPerHour === null ? "–" : f.rating(row.sessionsPerHour)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
