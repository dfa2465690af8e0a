import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { clockParts } from "@/lib/i18n/clock-parts";
import type { Locale } from "@/lib/i18n/locales";
import type { ExportColumn } from "./export";
import { type CellFormat, cellText } from "./export-cell";

type PdfOptions = { locale: Locale; timeZone: string };

/** What a PDF says above its table: a title, and lines such as the period in words. */
export type PdfHeading = { title: string; lines: string[] };

const MARGIN = 40;
const PAD = 3;
const FONT_SIZE = 8;

/**
 * A report as a PDF (decision record 25): A4 — upright, or on its side when the table is wide —
 * the title and lines that say what it covers, then the table with its header row repeated on every
 * page; numbers in the viewer's language, times on their clock. Written by pdfkit, pure JavaScript
 * with the PDF standard fonts: no browser and no font files on the server. Those fonts know the
 * Latin characters of Windows-1252 only; anything else prints as "?".
 */
export function pdfExport<Row>(
  heading: PdfHeading,
  columns: ExportColumn<Row>[],
  rows: Iterable<Row>,
  { locale, timeZone }: PdfOptions,
): ReadableStream<Uint8Array> {
  const wide = columns.length > 6;
  const doc = new PDFDocument({
    size: "A4",
    layout: wide ? "landscape" : "portrait",
    margin: MARGIN,
    info: { Title: latin(heading.title), Creator: "Lotse" },
    lang: locale,
  });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const format: CellFormat = {
    number: (value) => numbers.format(value),
    dateTime: (value) => {
      const p = clockParts(timeZone, value);
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    },
    empty: "–",
  };

  doc.font("Helvetica-Bold").fontSize(16).text(latin(heading.title));
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(10);
  for (const line of heading.lines) doc.text(latin(line));
  doc.moveDown(1);

  const width = doc.page.width - 2 * MARGIN;
  // The first column names the row (a group, an agent, a portal): it gets twice a figure's room.
  const weights = columns.map((column, i) => (i === 0 ? 2 : column.kind === "text" ? 1.5 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (width * weight) / total);
  const bottom = () => doc.page.height - MARGIN;

  const drawRow = (texts: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    const heights = texts.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * PAD }));
    const height = Math.max(...heights) + 2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!bold) drawRow(headers, true);
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    }
    const top = doc.y;
    let x = MARGIN;
    texts.forEach((text, i) => {
      const right = columns[i]!.kind === "number";
      doc.text(text, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: right ? "right" : "left" });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(bold ? 0.8 : 0.3)
      .stroke("#555555");
    doc.x = MARGIN;
    doc.y = top + height;
  };

  const headers = columns.map((column) => latin(column.header));
  drawRow(headers, true);
  for (const row of rows)
    drawRow(
      columns.map((column) => latin(cellText(column, row, format))),
      false,
    );
  doc.end();
  return Readable.toWeb(doc as unknown as Readable) as ReadableStream<Uint8Array>;
}

/** Windows-1252's characters beyond Latin-1 (the standard fonts' encoding). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Text the PDF standard fonts can print: what they lack becomes "?". */
function latin(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out +=
      (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) || char === "\n"
        ? char
        : "?";
  }
  return out;
}
