import { PassThrough, Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import { TZDate } from "@date-fns/tz";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { clockParts } from "@/lib/i18n/clock-parts";
import type { Locale } from "@/lib/i18n/locales";
import { type CellFormat, cellText } from "./export-cell";

/** One column of an exported report: its heading and how a row fills it. */
export type ExportColumn<Row> =
  | { header: string; kind: "text"; value: (row: Row) => string | null }
  | { header: string; kind: "number"; value: (row: Row) => number | null }
  /** An instant: a Date, or milliseconds since the epoch. */
  | { header: string; kind: "dateTime"; value: (row: Row) => Date | number | null };

type ExportOptions = { locale: Locale; timeZone: string };

/**
 * A report as CSV that opens as a table in Excel and LibreOffice: UTF-8 with a byte order mark (so
 * umlauts survive), the list separator and decimal comma of the viewer's language (";" and "1,5"
 * in German, as German Excel reads them; "," and "1.5" in English), times as the viewer's clock
 * shows them. Rows are written as they come: the export never holds them all.
 */
export function csvExport<Row>(
  columns: ExportColumn<Row>[],
  rows: Iterable<Row>,
  { locale, timeZone }: ExportOptions,
): ReadableStream<Uint8Array> {
  const decimal = locale === "de" ? "," : ".";
  const format: CellFormat = {
    // String(n) keeps its result in V8's number-string cache, where it outlives the young
    // generation (~40 MB of old garbage per million rows); toFixed makes a fresh string.
    number: (value) => (Number.isInteger(value) ? value.toFixed(0) : String(value).replace(".", decimal)),
    dateTime: (value) => clockText(value, timeZone),
    empty: "",
  };
  const options = {
    delimiter: locale === "de" ? ";" : ",",
    record_delimiter: "windows",
    columns: columns.map((column) => column.header),
  } as const;
  // Each row is encoded into a chunk of 64 KB as it comes, so that nothing of it outlives the young
  // generation of the heap; a chunk per row would cost more on its way through the web stream and
  // the server than writing it.
  function* chunks() {
    const record = { ...options, header: false };
    let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = chunk.write(stringify([], { ...options, bom: true, header: true }), "utf8");
    for (const row of rows) {
      const line = stringify([columns.map((column) => cellText(column, row, format))], record);
      const length = Buffer.byteLength(line, "utf8");
      if (used + length > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, length));
        used = 0;
      }
      used += chunk.write(line, used, "utf8");
    }
    if (used > 0) yield chunk.subarray(0, used);
  }
  // Pulled, not pushed: a chunk is written when the response can take it, so a slow download
  // doesn't pile chunks up in memory.
  const source = chunks();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = source.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel() {
        source.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

const CHUNK_BYTES = 64 * 1024;

/**
 * A report as an Excel workbook (exceljs's streaming writer): a header row, frozen so it stays in
 * view; numbers as numbers and times as dates (the viewer's clock, formatted as a date and time),
 * so the sheet can sort and sum them. Rows are written and flushed as they come, no faster than the
 * response takes them.
 */
export function xlsxExport<Row>(
  sheetName: string,
  columns: ExportColumn<Row>[],
  rows: Iterable<Row>,
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
    let written = 0;
    for (const row of rows) {
      // The download was cancelled: leaving the loop hands return() to the rows, which let go of
      // their connection.
      if (out.destroyed) return;
      sheet
        .addRow(
          columns.map((column) => {
            // Excel has no time zones: a date cell holds the wall-clock time the viewer would read.
            if (column.kind === "dateTime") {
              const value = column.value(row);
              return value === null ? null : wallClockAsUtc(value, timeZone);
            }
            return column.value(row);
          }),
        )
        .commit();
      if (++written % XLSX_BATCH === 0) {
        // Let the response take what was written: wait while it is full, else let other requests
        // have a turn.
        if (out.writableNeedDrain) await drained(out);
        else await setImmediate();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** "yyyy-MM-dd HH:mm:ss" as a clock in `timeZone` shows it (date-fns' format of a TZDate took half the time of a million-row export). */
function clockText(at: Date | number, timeZone: string): string {
  const p = clockParts(timeZone, at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

const XLSX_BATCH = 1000;

function drained(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done);
      resolve();
    };
    stream.on("drain", done).on("close", done);
  });
}

function wallClockAsUtc(at: Date | number, timeZone: string): Date {
  const local = new TZDate(typeof at === "number" ? at : at.getTime(), timeZone);
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
