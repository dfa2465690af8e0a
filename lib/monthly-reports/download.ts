import "server-only";
import { createFormatter } from "next-intl";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { csvExport, xlsxExport } from "@/lib/reports/export";
import { exportFileName } from "@/lib/reports/export-file-name";
import { exportTableOf } from "@/lib/reports/export-tables";
import { pdfExport } from "@/lib/reports/pdf-export";
import { reportFormat } from "@/lib/reports/report-format";
import { isMonthlyFormat, type MonthlyFormat } from "./monthly-report-params";
import { monthlyResult, type MonthlyResult } from "./monthly-result";

export type MonthlyDownload = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  /** The Content-Disposition header. */
  disposition: string;
};

const CONTENT_TYPES: Record<MonthlyFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * "Download" of one month of one's own monthly report, in a format of the viewer's choice: the
 * figures kept when the month was computed — never counted again, so the file says the same after
 * the sessions' data is gone — in the table the live export writes (exportTableOf), in the
 * viewer's language. Written to the audit log.
 */
export async function downloadMonthlyResult(
  actor: Principal,
  resultId: unknown,
  format: unknown,
  now = new Date(),
): Promise<MonthlyDownload> {
  if (!isMonthlyFormat(format)) throw new NotFoundError("format");
  const result = await monthlyResult(actor, resultId, now);
  const t = translatorFor(actor.language, "Reports");
  const formatter = createFormatter({ locale: actor.language, timeZone: result.timeZone });
  const table = exportTableOf(result.params, result.snapshot.result, t, reportFormat(formatter, t));
  const options = { locale: actor.language, timeZone: actor.timeZone };
  const body =
    format === "csv"
      ? csvExport(table.columns, table.rows, options)
      : format === "xlsx"
        ? xlsxExport(table.title, table.columns, table.rows, options)
        : pdfExport(
            {
              title: `${result.report.name} – ${monthInWords(result, actor.language)}`,
              lines: headingLines(result, actor),
            },
            table.columns,
            table.rows,
            options,
          );
  await inTransaction((tx) =>
    writeAudit(tx, {
      actor,
      action: "monthlyReport.downloaded",
      targetType: "monthlyReport",
      targetId: result.report.id,
      summary: { name: result.report.name, month: result.month, format },
    }),
  );
  return {
    body,
    contentType: CONTENT_TYPES[format],
    disposition: exportFileName(`${result.report.name} ${result.month}`, format),
  };
}

/** "November 2026", in the viewer's language. */
function monthInWords(result: Pick<MonthlyResult, "month">, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${result.month}-15T12:00:00Z`),
  );
}

/** What the PDF says under its title: the type, the month's days on the owner's clock, the filters, when computed. */
function headingLines(result: MonthlyResult, actor: Principal): string[] {
  const tr = translatorFor(actor.language, "Reports");
  const tm = translatorFor(actor.language, "MonthlyReports");
  const day = new Intl.DateTimeFormat(actor.language, { dateStyle: "medium", timeZone: result.timeZone });
  const time = new Intl.DateTimeFormat(actor.language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: actor.timeZone,
  });
  const names = result.snapshot.filters;
  const lastDay = new Date(result.period.to.getTime() - 1);
  return [
    `${tm("fields.type")}: ${tr(`types.${result.params.type}`)}`,
    `${tm("facts.period")}: ${tm("facts.periodValue", {
      from: day.format(result.period.from),
      to: day.format(lastDay),
      timeZone: result.timeZone,
    })}`,
    ...(names.portal
      ? [`${tr("fields.portal")}: ${names.subPortal ? `${names.portal} › ${names.subPortal}` : names.portal}`]
      : []),
    ...(names.team ? [`${tr("fields.team")}: ${names.team}`] : []),
    ...(names.agent ? [`${tr("fields.agent")}: ${names.agent}`] : []),
    ...(result.params.grouping !== "none"
      ? [`${tr("fields.grouping")}: ${tr(`groupings.${result.params.grouping}`)}`]
      : []),
    tm("pdf.computedAt", { time: time.format(result.computedAt) }),
    ...(result.snapshot.commentsLeftOut ? [tm("commentsLeftOut")] : []),
  ];
}
