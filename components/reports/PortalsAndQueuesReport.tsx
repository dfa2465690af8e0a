import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { Messages } from "@/lib/i18n/app-config";
import type { DrillFigure, DrillGroup } from "@/lib/reports/drill-figures";
import type { PortalQueueFigures, PortalsAndQueues } from "@/lib/reports/portals-and-queues";
import type { ReportParams } from "@/lib/reports/report-params";
import { reportFormat } from "@/lib/reports/report-format";
import { BarChart } from "./BarChart";
import { CountCell } from "./FigureLink";
import { ReportHead } from "./ReportHead";

const COUNTS: [keyof PortalQueueFigures & keyof Messages["Reports"]["queues"], DrillFigure][] = [
  ["submitted", "submitted"],
  ["posted", "posted"],
  ["accepted", "started"],
  ["abandoned", "abandoned"],
  ["noAgentResponse", "noAgentResponse"],
  ["declined", "declined"],
  ["outsideBusinessHours", "refusedClosed"],
];

/**
 * Portale und Warteschlangen: a row per portal with its sub-portals beneath, a total row, and per
 * time group if grouped. A sub-portal's counts lead to its rows through the report narrowed to it.
 */
export async function PortalsAndQueuesReport({
  params,
  report,
  drillDown = true,
}: {
  params: ReportParams;
  report: PortalsAndQueues;
  /** False for a kept monthly report: its counts lead nowhere (the rows behind them may be gone). */
  drillDown?: boolean;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  const cells = (figures: PortalQueueFigures, narrowed: ReportParams, group: DrillGroup | null) => (
    <>
      {COUNTS.map(([key, figure]) => (
        <CountCell
          key={key}
          links={{ params: narrowed, linked: drillDown, count: f.count }}
          figure={figure}
          group={group}
          value={figures[key] as number}
        />
      ))}
      <td className="number">{f.duration(figures.waitMs?.average ?? null)}</td>
      <td className="number">{f.duration(figures.waitMs?.p90 ?? null)}</td>
    </>
  );
  const head = (first: string) => (
    <ReportHead
      first={first}
      figures={[...COUNTS.map(([key]) => t(`queues.${key}`)), t("figures.waitAverage"), t("figures.waitP90")]}
    />
  );
  const by = params.grouping === "none" ? null : params.grouping;
  const labelOf = (key: string, label: string) => f.groupLabel(params.grouping, key, label);
  return (
    <>
      <ScrollTable caption={t("types.portalsAndQueues")} className="table report-table portal-table">
        {head(t("fields.portal"))}
        <tbody>
          {report.portals.flatMap((portal) => [
            <tr key={portal.portalId} className="portal-row">
              <th scope="row" className="portal-name">
                {portal.portalName}
              </th>
              {cells(portal.figures, { ...params, portalId: portal.portalId, subPortalId: null }, null)}
            </tr>,
            ...portal.subPortals.map((sub) => (
              <tr key={sub.subPortalId}>
                <th scope="row" className="sub-portal-name">
                  {portal.portalName} › {sub.subPortalName}
                </th>
                {cells(sub.figures, { ...params, portalId: null, subPortalId: sub.subPortalId }, null)}
              </tr>
            )),
          ])}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {cells(report.totals, params, null)}
          </tr>
        </tfoot>
      </ScrollTable>
      {by ? (
        <>
          <BarChart
            title={t("charts.submittedBy", { grouping: t(`groupings.${by}`) })}
            bars={report.groups.map((g) => ({ label: labelOf(g.key, g.label), value: g.figures.submitted }))}
            formatValue={f.count}
            summary={report.groups.map((g) => `${labelOf(g.key, g.label)}: ${f.count(g.figures.submitted)}`).join("; ")}
            empty={t("noGroups")}
          />
          <ScrollTable caption={t("queues.byTime")} className="table report-table">
            {head(t(`groupings.${by}`))}
            <tbody>
              {report.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{labelOf(g.key, g.label)}</th>
                  {cells(g.figures, params, { by, key: g.key })}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      ) : null}
    </>
  );
}
