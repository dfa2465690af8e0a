import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { DrillFigure } from "@/lib/reports/drill-figures";
import { reportFormat } from "@/lib/reports/report-format";
import type { RequestDetailRow } from "@/lib/reports/request-details";

/**
 * The activity rows behind a request or sign-in figure: when it happened, and the request with its
 * portal and customer — or, for sign-ins, the agent and their team.
 */
export async function ActivityRowsTable({
  caption,
  figure,
  rows,
  nextHref,
}: {
  caption: string;
  figure: DrillFigure;
  rows: RequestDetailRow[];
  nextHref: string | null;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  if (rows.length === 0) return <p className="empty-state">{t("noRows")}</p>;
  const signIns = figure === "signIns" || figure === "signInRefused";
  const columns = signIns
    ? (["at", "agent", "team"] as const)
    : figure === "declined"
      ? (["at", "request", "portal", "customer", "agent"] as const)
      : (["at", "request", "portal", "customer"] as const);
  const cell = (row: RequestDetailRow, column: (typeof columns)[number]) => {
    switch (column) {
      case "at":
        return f.dateTime(row.at);
      case "request":
        return row.requestId ?? "–";
      case "portal":
        return [row.portalName, row.subPortalName].filter(Boolean).join(" › ");
      case "customer":
        return row.customerName || t("noCustomerName");
      case "agent":
        return row.agentName ?? "–";
      case "team":
        return row.teamName || t("noTeam");
    }
  };
  return (
    <>
      <ScrollTable caption={caption} className="table report-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`activityColumns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.eventId}>
              {columns.map((column) => (
                <td key={column}>{cell(row, column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {nextHref ? (
        <p>
          <a href={nextHref}>{t("moreRows")}</a>
        </p>
      ) : null}
    </>
  );
}
