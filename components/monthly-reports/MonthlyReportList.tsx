import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { MonthlyReportEntry } from "@/lib/monthly-reports/monthly-reports";
import { monthlyDeletePath, monthlyDownloadPath, monthlyResultPath } from "@/lib/monthly-reports/paths";
import { MonthlyDownloadForm } from "./MonthlyDownloadForm";

/**
 * The months found, newest first within each report: name, type, month, when it was computed, and
 * Details anzeigen, Download (a format and the button) and Löschen (of the report with all its
 * months, asked first). A report without a month yet shows "Noch kein Monat berechnet".
 */
export async function MonthlyReportList({
  entries,
  formats,
  label,
}: {
  entries: MonthlyReportEntry[];
  formats: readonly string[];
  label: string;
}) {
  const t = await getTranslations("MonthlyReports");
  const tr = await getTranslations("Reports");
  const format = await getFormatter();
  const monthName = (month: string) =>
    format.dateTime(new Date(`${month}-15T12:00:00Z`), { timeZone: "UTC", month: "long", year: "numeric" });
  const deleteLink = (entry: MonthlyReportEntry) => (
    <Link href={monthlyDeletePath(entry.id)} aria-label={`${t("delete")}: ${entry.name}`}>
      {t("delete")}
    </Link>
  );
  return (
    <ScrollTable caption={label}>
      <thead>
        <tr>
          <th scope="col">{t("columns.name")}</th>
          <th scope="col">{t("columns.type")}</th>
          <th scope="col">{t("columns.month")}</th>
          <th scope="col">{t("columns.computedAt")}</th>
          <th scope="col">{t("columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.flatMap((entry) =>
          entry.months.length === 0
            ? [
                <tr key={entry.id}>
                  <th scope="row">{entry.name}</th>
                  <td>{tr(`types.${entry.params.type}`)}</td>
                  <td>{t("notComputed")}</td>
                  <td>–</td>
                  <td>
                    <div className="actions">{deleteLink(entry)}</div>
                  </td>
                </tr>,
              ]
            : entry.months.map((month) => {
                const row = t("rowLabel", { name: entry.name, month: monthName(month.month) });
                return (
                  <tr key={month.id}>
                    <th scope="row">{entry.name}</th>
                    <td>{tr(`types.${entry.params.type}`)}</td>
                    <td>{monthName(month.month)}</td>
                    <td>{format.dateTime(month.computedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td>
                      <div className="actions">
                        <Link href={monthlyResultPath(month.id)} aria-label={`${t("details")}: ${row}`}>
                          {t("details")}
                        </Link>
                        <MonthlyDownloadForm
                          action={monthlyDownloadPath(month.id)}
                          formats={formats}
                          defaultFormat={entry.format}
                          id={`format-${month.id}`}
                          label={t("fields.downloadFormat", { name: entry.name, month: monthName(month.month) })}
                          buttonLabel={`${t("download")}: ${row}`}
                        />
                        {deleteLink(entry)}
                      </div>
                    </td>
                  </tr>
                );
              }),
        )}
      </tbody>
    </ScrollTable>
  );
}
