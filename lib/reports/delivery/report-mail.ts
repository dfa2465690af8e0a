import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import { ReportEmail, type ReportEmailChart, type ReportEmailTable } from "@/components/emails/ReportEmail";
import type { Principal } from "@/lib/auth/principal";
import { publicUrl } from "@/lib/config/env";
import { translatorFor } from "@/lib/i18n/messages";
import type { EmailAttachment, OutgoingEmail } from "@/lib/mail/outbox";
import { csvExport, type ExportColumn, xlsxExport } from "../export";
import { reportFileName } from "../export-file-name";
import { exportTable, type ExportTable } from "../export-tables";
import type { ResolvedPeriod } from "../period";
import type { ReportParams, ReportType } from "../report-params";
import { reportHref } from "../report-query";
import { describeSchedule } from "./describe-schedule";
import type { DeliverySchedule } from "./schedule";

/** Above this a report is not attached: the mail says so and links to it (mail servers refuse more). */
const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;

/** The mail's body shows this many rows of a long report (Sitzungsdetails); the link has them all. */
const HTML_ROWS_SHOWN = 500;

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The figure each report type draws as bars in the mail, by its column's message key. */
const CHART_COLUMN: Record<ReportType, string | null> = {
  summary: "figures.sessionsEnded",
  sessionDetails: null,
  agentPerformance: "agentColumns.sessions",
  customerSurvey: "survey.answered",
  agentSurvey: "survey.answered",
  signInActivity: "signIn.signIns",
  portalsAndQueues: "queues.submitted",
};

/**
 * A saved report as its owner's mail (E-Mail-Zustellung), in their language and time zone: the
 * report run now — a relative Zeitraum is the one of the delivery day — with the same figures and
 * columns as a download, attached as CSV or Excel or shown in the body. The subject names the
 * report and its period.
 */
export async function reportMail(
  owner: Principal,
  input: { name: string; params: ReportParams; schedule: DeliverySchedule },
  now: Date,
): Promise<OutgoingEmail> {
  const { name, params, schedule } = input;
  const locale = owner.language;
  const t = translatorFor(locale, "ReportMail");
  const reports = translatorFor(locale, "Reports");
  // The export checks the report for the owner as it is now and says what it covers.
  const table = await exportTable(owner, params, now);
  const { period, filters } = table;
  const periodText = periodWords(period, locale, owner.timeZone);
  const chosen = [filters.names.portal, filters.names.subPortal, filters.names.team, filters.names.agent].filter(
    (value): value is string => !!value,
  );
  const facts: [string, string][] = [
    [t("type"), reports(`types.${params.type}`)],
    [t("period"), periodText],
    [t("selection"), chosen.length > 0 ? chosen.join(" › ") : t("everything")],
  ];
  let attachments: EmailAttachment[] = [];
  let message: string | null = null;
  let htmlTable: ReportEmailTable | null = null;
  let chart: ReportEmailChart | null = null;
  if (schedule.format === "html") {
    ({ table: htmlTable, chart } = bodyOf(table, params.type, locale, owner.timeZone));
  } else {
    const options = { locale, timeZone: owner.timeZone };
    const stream =
      schedule.format === "csv"
        ? csvExport(table.columns, table.rows, options)
        : xlsxExport(table.title, table.columns, table.rows, options);
    const content = await readAtMost(stream, ATTACHMENT_LIMIT_BYTES);
    if (content) {
      const fileName = reportFileName(`${name} ${dayOf(period.from, owner.timeZone)}`, schedule.format);
      attachments = [{ fileName, contentType: CONTENT_TYPES[schedule.format], content }];
      message = t("attached", { file: fileName });
    } else {
      message = t("tooLarge", { megabytes: ATTACHMENT_LIMIT_BYTES / 1024 / 1024 });
    }
  }
  const element = createElement(ReportEmail, {
    lang: locale,
    heading: name,
    preview: t("preview", { type: reports(`types.${params.type}`), period: periodText }),
    facts,
    message,
    chart,
    table: htmlTable,
    open: { href: `${publicUrl()}${reportHref(params)}`, label: t("open") },
    footer: t("footer", { schedule: describeSchedule(reports, schedule, locale) }),
    manage: { href: `${publicUrl()}/manager/reports#my-reports`, label: t("manage") },
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: owner.email, subject: t("subject", { name, period: periodText }), html, text, attachments };
}

/** "23.11.2026 – 29.11.2026", or one day, on the owner's clock. */
function periodWords({ from, to }: ResolvedPeriod, locale: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const first = day.format(from);
  // `to` is the start of the day after: its last instant belongs to the period.
  const last = day.format(new Date(to.getTime() - 1));
  return first === last ? first : `${first} – ${last}`;
}

/** "2026-11-23": the period's first day, for the file's name. */
const dayOf = (at: Date, timeZone: string) => new Intl.DateTimeFormat("sv-SE", { timeZone }).format(at);

/** The report's table as formatted text, its first rows only, and its chart. */
function bodyOf(
  table: ExportTable<unknown>,
  type: ReportType,
  locale: "de" | "en",
  timeZone: string,
): { table: ReportEmailTable; chart: ReportEmailChart | null } {
  const t = translatorFor(locale, "ReportMail");
  const reports = translatorFor(locale, "Reports");
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const text = (column: ExportColumn<unknown>, row: unknown): string => {
    switch (column.kind) {
      case "text":
        return column.value(row) ?? "";
      case "number": {
        const value = column.value(row);
        return value === null ? "–" : number.format(value);
      }
      case "dateTime": {
        const value = column.value(row);
        return value === null ? "–" : dateTime.format(value);
      }
    }
  };
  const rows: unknown[] = [];
  let more = false;
  for (const row of table.rows) {
    // Leaving the loop early closes a streamed list (its generator's return()).
    if (rows.length === HTML_ROWS_SHOWN) {
      more = true;
      break;
    }
    rows.push(row);
  }
  const chartKey = CHART_COLUMN[type];
  const chartColumn = chartKey
    ? table.columns.find((column) => column.header === reports(chartKey as Parameters<typeof reports>[0]))
    : undefined;
  const total = reports("total");
  const labelColumn = table.columns[0]!;
  const chart: ReportEmailChart | null =
    chartColumn && chartColumn.kind === "number"
      ? {
          title: chartColumn.header,
          bars: rows
            .map((row) => ({ label: text(labelColumn, row), value: chartColumn.value(row) ?? 0 }))
            .filter((bar) => bar.label !== total)
            .map((bar) => ({ ...bar, text: number.format(bar.value) })),
        }
      : null;
  return {
    table: {
      caption: table.title,
      headers: table.columns.map((column) => column.header),
      rows: rows.map((row) => table.columns.map((column) => text(column, row))),
      numeric: table.columns.map((column) => column.kind === "number"),
      more: rows.length === 0 ? t("empty") : more ? t("more", { shown: HTML_ROWS_SHOWN }) : null,
    },
    chart,
  };
}

/** A stream's bytes, or null once it passes `limit` (the rest is not read). */
async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
