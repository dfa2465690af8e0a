import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { csvExport, type ExportColumn, xlsxExport } from "./export";

type Row = { number: string; customer: string; waitedSeconds: number | null; startedAt: Date };

const columns: ExportColumn<Row>[] = [
  { header: "Sitzungs-ID", kind: "text", value: (r) => r.number },
  { header: "Kunde", kind: "text", value: (r) => r.customer },
  { header: "Wartezeit (s)", kind: "number", value: (r) => r.waitedSeconds },
  { header: "Beginn", kind: "dateTime", value: (r) => r.startedAt },
];

const rows: Row[] = [
  // Text that must be quoted: the separator, quotes, a line break, umlauts.
  {
    number: "000000017",
    customer: 'Müller; "Jörg"\nGmbH',
    waitedSeconds: 1.5,
    startedAt: new Date("2026-03-29T00:30:00Z"),
  },
  // After Berlin's clock went forward (01:59 CET → 03:00 CEST).
  { number: "000000018", customer: "Ørsted, Anna", waitedSeconds: null, startedAt: new Date("2026-03-29T01:30:00Z") },
];

/** `count` rows, each made when it is asked for: `read.rows` says how many were, `read.closed` if the reader let go. */
function counted(count: number) {
  const read = { rows: 0, closed: false };
  function* made() {
    try {
      for (let i = 0; i < count; i++) {
        read.rows++;
        yield { ...rows[1]!, number: String(i).padStart(9, "0") };
      }
    } finally {
      read.closed = true;
    }
  }
  return { rows: made(), read };
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

describe("csvExport", () => {
  it("writes German CSV as German Excel reads it: BOM, semicolons, decimal comma, local times, CRLF", async () => {
    const bytes = await bytesOf(csvExport(columns, rows.values(), { locale: "de", timeZone: "Europe/Berlin" }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("Sitzungs-ID;Kunde;Wartezeit (s);Beginn\r\n")).toBe(true);
    expect(parse(text, { delimiter: ";" })).toEqual([
      ["Sitzungs-ID", "Kunde", "Wartezeit (s)", "Beginn"],
      ["000000017", 'Müller; "Jörg"\nGmbH', "1,5", "2026-03-29 01:30:00"],
      ["000000018", "Ørsted, Anna", "", "2026-03-29 03:30:00"],
    ]);
  });

  it("writes English CSV with commas and a decimal point, in the viewer's zone", async () => {
    const bytes = await bytesOf(csvExport(columns, rows, { locale: "en", timeZone: "America/New_York" }));
    expect(parse(bytes.subarray(3).toString("utf8"))).toEqual([
      ["Sitzungs-ID", "Kunde", "Wartezeit (s)", "Beginn"],
      ["000000017", 'Müller; "Jörg"\nGmbH', "1.5", "2026-03-28 20:30:00"],
      ["000000018", "Ørsted, Anna", "", "2026-03-28 21:30:00"],
    ]);
  });

  it("reads rows only as the download takes them, and lets go of them when it is cancelled", async () => {
    const { rows: many, read } = counted(100_000);
    const reader = csvExport(columns, many, { locale: "de", timeZone: "Europe/Berlin" }).getReader();
    const first = await reader.read();
    expect(first.value!.length).toBeGreaterThan(60_000); // a chunk of 64 KB …
    expect(read.rows).toBeLessThan(2_000); // … of its rows, not all 100,000
    await reader.cancel();
    expect(read.closed).toBe(true);
    expect(read.rows).toBeLessThan(2_000);
  });
});

describe("xlsxExport", () => {
  it("writes a real workbook: a frozen header row, numbers as numbers, times as the viewer's dates", async () => {
    const bytes = await bytesOf(
      xlsxExport("Sitzungsdetails", columns, rows.values(), { locale: "de", timeZone: "Europe/Berlin" }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Sitzungsdetails")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, "Sitzungs-ID", "Kunde", "Wartezeit (s)", "Beginn"]);
    expect(sheet.rowCount).toBe(3);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe("000000017");
    expect(first.getCell(2).value).toBe('Müller; "Jörg"\nGmbH');
    expect(first.getCell(3).value).toBe(1.5);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    // The wall-clock time a viewer in Berlin reads, stored as Excel stores every date.
    expect((first.getCell(4).value as Date).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect((sheet.getRow(3).getCell(4).value as Date).toISOString()).toBe("2026-03-29T03:30:00.000Z");
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });

  it("streams a large export row by row", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...rows[1]!, number: String(i).padStart(9, "0") }));
    const bytes = await bytesOf(xlsxExport("Viele", columns, many, { locale: "de", timeZone: "Europe/Berlin" }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Viele")!;
    expect(sheet.rowCount).toBe(20_001);
    expect(sheet.getRow(20_001).getCell(1).value).toBe("000019999");
  });

  it("stops reading rows when the download is cancelled", async () => {
    const { rows: many, read } = counted(200_000);
    const reader = xlsxExport("Viele", columns, many, { locale: "de", timeZone: "Europe/Berlin" }).getReader();
    await reader.read();
    await reader.cancel();
    // The source closes once the export sees the cancel; nothing announces it.
    await vi.waitFor(() => expect(read.closed).toBe(true));
    expect(read.rows).toBeLessThan(200_000);
  });
});
