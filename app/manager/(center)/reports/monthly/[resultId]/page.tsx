import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MonthlyDownloadForm } from "@/components/monthly-reports/MonthlyDownloadForm";
import { MonthlyResultView } from "@/components/monthly-reports/MonthlyResultView";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { MONTHLY_FORMATS } from "@/lib/monthly-reports/monthly-report-params";
import { monthlyResult } from "@/lib/monthly-reports/monthly-result";
import { MONTHLY_REPORTS_PATH, monthlyDownloadPath } from "@/lib/monthly-reports/paths";

type Props = { params: Promise<{ resultId: string }> };

const monthDate = (month: string) => new Date(`${month}-15T12:00:00Z`);

/**
 * "Details anzeigen": one month of a monthly report on its own page — what it covers (the month's
 * days on the owner's clock then, the filters by the names they had), when it was computed and how
 * long it is kept, its download, and the report as the Berichte page draws it.
 */
export default async function MonthlyResultPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { resultId } = await params;
  const result = await orNotFound(monthlyResult(actor, resultId));
  const t = await getTranslations("MonthlyReports");
  const tr = await getTranslations("Reports");
  const format = await getFormatter();
  const month = format.dateTime(monthDate(result.month), { timeZone: "UTC", month: "long", year: "numeric" });
  const day = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeZone: result.timeZone });
  const names = result.snapshot.filters;
  const facts: [string, string][] = [
    [t("fields.type"), tr(`types.${result.params.type}`)],
    [t("facts.month"), month],
    [
      t("facts.period"),
      t("facts.periodValue", {
        from: day(result.period.from),
        to: day(new Date(result.period.to.getTime() - 1)),
        timeZone: result.timeZone,
      }),
    ],
    ...(names.portal
      ? [
          [tr("fields.portal"), names.subPortal ? `${names.portal} › ${names.subPortal}` : names.portal] as [
            string,
            string,
          ],
        ]
      : []),
    ...(names.team ? [[tr("fields.team"), names.team] as [string, string]] : []),
    ...(names.agent ? [[tr("fields.agent"), names.agent] as [string, string]] : []),
    ...(result.params.grouping !== "none"
      ? [[tr("fields.grouping"), tr(`groupings.${result.params.grouping}`)] as [string, string]]
      : []),
    [t("facts.computedAt"), format.dateTime(result.computedAt, { dateStyle: "medium", timeStyle: "short" })],
    [t("facts.keptUntil"), format.dateTime(result.expiresAt, { dateStyle: "medium" })],
  ];
  return (
    <div className="stack min-w-0 report">
      <h1>{t("detailsTitle", { name: result.report.name, month })}</h1>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions no-print">
        <MonthlyDownloadForm
          action={monthlyDownloadPath(result.id)}
          formats={MONTHLY_FORMATS}
          defaultFormat={result.report.format}
          id="format"
          label={t("fields.format")}
        />
        <Link href={MONTHLY_REPORTS_PATH}>{t("back")}</Link>
      </div>
      <MonthlyResultView result={result} />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { resultId } = await params;
  const t = await getTranslations("MonthlyReports");
  const format = await getFormatter();
  return titleOrNotFound(async () => {
    const result = await monthlyResult(actor, resultId);
    const month = format.dateTime(monthDate(result.month), { timeZone: "UTC", month: "long", year: "numeric" });
    return t("detailsTitle", { name: result.report.name, month });
  });
}
