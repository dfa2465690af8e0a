import { getFormatter, getTranslations } from "next-intl/server";
import type { GeneratedReport } from "@/lib/reports/generate-report";
import { reportQuery } from "@/lib/reports/report-query";

/**
 * What a generated report covers — its type, the Zeitraum as the viewer's days, the filters by name —
 * and its downloads. The heading is where the report begins for screen-reader and keyboard users.
 */
export async function ReportHeading({ report, headingId }: { report: GeneratedReport; headingId: string }) {
  const t = await getTranslations("Reports");
  const format = await getFormatter();
  const { params, period, filters } = report;
  // The period's end is exclusive: the last day shown is the one before it.
  const lastDay = new Date(period.to.getTime() - 1);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const exportHref = (kind: "csv" | "xlsx") =>
    `/manager/reports/export?${new URLSearchParams([...reportQuery(params), ["format", kind]])}`;
  const narrowed = [
    filters.names.portal
      ? [
          t("fields.portal"),
          filters.names.subPortal ? `${filters.names.portal} › ${filters.names.subPortal}` : filters.names.portal,
        ]
      : null,
    filters.names.team ? [t("fields.team"), filters.names.team] : null,
    filters.names.agent ? [t("fields.agent"), filters.names.agent] : null,
    params.grouping !== "none" ? [t("fields.grouping"), t(`groupings.${params.grouping}`)] : null,
  ].filter((entry): entry is [string, string] => entry !== null);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {t(`types.${params.type}`)}
      </h2>
      <dl className="facts">
        <dt>{t("fields.period")}</dt>
        <dd>
          {t(`periods.${params.period.kind}`)}: {day(period.from)} – {day(lastDay)}
        </dd>
        {narrowed.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="actions no-print">
        <a href={exportHref("csv")} download>
          {t("exportCsv")}
        </a>
        <a href={exportHref("xlsx")} download>
          {t("exportXlsx")}
        </a>
      </p>
    </>
  );
}
