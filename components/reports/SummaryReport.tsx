import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { Messages } from "@/lib/i18n/app-config";
import type { SummaryGroup } from "@/lib/reports/generate-report";
import type { DrillFigure } from "@/lib/reports/drill-figures";
import type { ReportParams } from "@/lib/reports/report-params";
import type { Summary } from "@/lib/reports/summary";
import { BarChart } from "./BarChart";
import { FigureLink } from "./FigureLink";
import { type ReportFormat, reportFormat } from "@/lib/reports/report-format";
import { ReportHead } from "./ReportHead";

type Column = {
  key: keyof Messages["Reports"]["figures"];
  /** The rows behind it, for counts. */
  figure?: DrillFigure;
  value: (summary: Summary) => number | null;
  show: (value: number | null, format: ReportFormat) => string;
  /** Request figures belong to portals and are left out where the viewer has none. */
  requests?: boolean;
};

const count = (value: number | null, f: ReportFormat) => (value === null ? "–" : f.count(value));

/** The Zusammenfassung's figures in the manual's order. */
const COLUMNS: Column[] = [
  { key: "submitted", figure: "submitted", requests: true, value: (s) => s.requests?.submitted ?? null, show: count },
  { key: "posted", figure: "posted", requests: true, value: (s) => s.requests?.posted ?? null, show: count },
  { key: "postedShare", requests: true, value: (s) => s.requests?.postedShare ?? null, show: (v, f) => f.share(v) },
  { key: "declined", figure: "declined", value: (s) => s.declined, show: count },
  {
    key: "noAgentResponse",
    figure: "noAgentResponse",
    requests: true,
    value: (s) => s.requests?.noAgentResponse ?? null,
    show: count,
  },
  { key: "abandoned", figure: "abandoned", requests: true, value: (s) => s.requests?.abandoned ?? null, show: count },
  { key: "sessionsStarted", figure: "started", value: (s) => s.sessionsStarted, show: count },
  { key: "sessionsEnded", figure: "ended", value: (s) => s.sessionsEnded, show: count },
  { key: "waitAverage", value: (s) => s.waitMs?.average ?? null, show: (v, f) => f.duration(v) },
  { key: "waitP90", value: (s) => s.waitMs?.p90 ?? null, show: (v, f) => f.duration(v) },
  { key: "averageDuration", value: (s) => s.averageDurationMs, show: (v, f) => f.duration(v) },
  { key: "averageCustomerRating", value: (s) => s.averageCustomerRating, show: (v, f) => f.rating(v) },
  { key: "resolved", figure: "resolved", value: (s) => s.outcomes.resolved, show: count },
  { key: "unresolved", figure: "unresolved", value: (s) => s.outcomes.unresolved, show: count },
  { key: "unknown", figure: "unknown", value: (s) => s.outcomes.unknown, show: count },
];

/** Zusammenfassung: the figures of the period, and per group a chart and a table with a total row. */
export async function SummaryReport({
  params,
  summary,
  groups,
  drillDown = true,
}: {
  params: ReportParams;
  summary: Summary;
  groups: SummaryGroup[] | null;
  /** False for a kept monthly report: its counts lead nowhere (the rows behind them may be gone). */
  drillDown?: boolean;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  // A request nobody took belongs to no agent and no team: grouped by them, its figures would not add up.
  const byWho = params.grouping === "agent" || params.grouping === "team";
  const columns = COLUMNS.filter((column) => !column.requests || (summary.requests && !byWho));
  const by = params.grouping === "none" ? null : params.grouping;
  const cell = (column: Column, s: Summary, key: string | null) => {
    const value = column.value(s);
    const text = column.show(value, f);
    return column.figure && value !== null ? (
      <FigureLink
        linked={drillDown}
        params={params}
        figure={column.figure}
        group={by && key !== null ? { by, key } : null}
        value={value}
        text={text}
      />
    ) : (
      text
    );
  };
  if (!groups)
    return (
      <table className="table report-figures">
        <caption className="sr-only">{t("types.summary")}</caption>
        <ReportHead first={t("figure")} figures={[t("value")]} />
        <tbody>
          {columns.map((column) => (
            <tr key={column.key}>
              <th scope="row">{t(`figures.${column.key}`)}</th>
              <td className="number">{cell(column, summary, null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  const labelOf = (group: SummaryGroup) => f.groupLabel(params.grouping, group.key, group.label);
  const bars = groups.map((group) => ({ label: labelOf(group), value: group.summary.sessionsStarted }));
  return (
    <>
      <BarChart
        title={t("charts.sessionsStartedBy", { grouping: t(`groupings.${params.grouping}`) })}
        bars={bars}
        formatValue={f.count}
        summary={bars.map((bar) => `${bar.label}: ${f.count(bar.value)}`).join("; ")}
        empty={t("noGroups")}
      />
      <ScrollTable caption={t("types.summary")} className="table report-table">
        <ReportHead
          first={t(`groupings.${params.grouping}`)}
          figures={columns.map((column) => t(`figures.${column.key}`))}
        />
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{labelOf(group)}</th>
              {columns.map((column) => (
                <td key={column.key} className="number">
                  {cell(column, group.summary, group.key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {columns.map((column) => (
              <td key={column.key} className="number">
                {cell(column, summary, null)}
              </td>
            ))}
          </tr>
        </tfoot>
      </ScrollTable>
    </>
  );
}
