import { PassThrough, Readable } from "node:stream";
import { TZDate } from "@date-fns/tz";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { format } from "date-fns";
import type { Locale } from "@/lib/i18n/locales";

/** One column of an exported report: its heading and how a row fills it. */
export type ExportColumn<Row> =
  | { header: string; kind: "text"; value: (row: Row) => string | null }
  | { header: string; kind: "number"; value: (row: Row) => number | null }
  | { header: string; kind: "dateTime"; value: (row: Row) => Date | null };

type ExportOptions = { locale: Locale; timeZone: string };

/**
 * A report as CSV that opens as a table in Excel and LibreOffice: UTF-8 with a byte order mark (so
 * umlauts survive), the list separator and decimal comma of the viewer's language (";" and "1,5"
 * in German, as German Excel reads them; "," and "1.5" in English), times as the viewer's clock
 * shows them. Rows are written as they come: the export never holds them all.
 */
export function csvExport<Row>(
  columns: ExportColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  { locale, timeZone }: ExportOptions,
): ReadableStream<Uint8Array> {
  const decimal = locale === "de" ? "," : ".";
  const cell = (column: ExportColumn<Row>, row: Row): string => {
    switch (column.kind) {
      case "text":
        return column.value(row) ?? "";
      case "number": {
        const value = column.value(row);
        return value === null ? "" : String(value).replace(".", decimal);
      }
      case "dateTime": {
        const value = column.value(row);
        return value === null ? "" : format(new TZDate(value.getTime(), timeZone), "yyyy-MM-dd HH:mm:ss");
      }
    }
  };
  const options = {
    delimiter: locale === "de" ? ";" : ",",
    record_delimiter: "windows",
    columns: columns.map((column) => column.header),
  } as const;
  // A chunk per thousand rows, not one per row: a million tiny chunks cost more on their way through
  // the web stream and the server than writing them.
  async function* chunks() {
    let batch: string[][] = [];
    let first = true;
    const flush = () => {
      const text = stringify(batch, { ...options, bom: first, header: first });
      [batch, first] = [[], false];
      return Buffer.from(text, "utf8");
    };
    for await (const row of rows) {
      batch.push(columns.map((column) => cell(column, row)));
      if (batch.length === CSV_BATCH) yield flush();
    }
    if (batch.length > 0 || first) yield flush();
  }
  return Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array>;
}

const CSV_BATCH = 1000;

/**
 * A report as an Excel workbook (exceljs's streaming writer): a header row, frozen so it stays in
 * view; numbers as numbers and times as dates (the viewer's clock, formatted as a date and time),
 * so the sheet can sort and sum them. Rows are written and flushed as they come.
 */
export function xlsxExport<Row>(
  sheetName: string,
  columns: ExportColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  { timeZone }: ExportOptions,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({
      header: column.header,
      width: Math.max(12, column.header.length + 2),
      style: column.kind === "dateTime" ? { numFmt: "yyyy-mm-dd hh:mm:ss" } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of rows) {
      sheet
        .addRow(
          columns.map((column) => {
            const value = column.value(row);
            // Excel has no time zones: a date cell holds the wall-clock time the viewer would read.
            return value instanceof Date ? wallClockAsUtc(value, timeZone) : value;
          }),
        )
        .commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

function wallClockAsUtc(at: Date, timeZone: string): Date {
  const local = new TZDate(at.getTime(), timeZone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}
