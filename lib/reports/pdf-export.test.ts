import { describe, expect, it } from "vitest";
import type { ExportColumn } from "./export";
import { pdfExport } from "./pdf-export";

type Row = { name: string; count: number; share: number | null; at: number };

const columns: ExportColumn<Row>[] = [
  { header: "Mitarbeiter", kind: "text", value: (r) => r.name },
  { header: "Sitzungen", kind: "number", value: (r) => r.count },
  { header: "% gelöst", kind: "number", value: (r) => r.share },
  { header: "Zeitpunkt", kind: "dateTime", value: (r) => r.at },
];

async function pdfOf(rows: Row[], wide = false): Promise<string> {
  const cols = wide ? [...columns, ...columns, ...columns] : columns;
  const body = pdfExport({ title: "Monat – Łódź", lines: ["Zeitraum: 1. Nov. 2026 – 30. Nov. 2026"] }, cols, rows, {
    locale: "de",
    timeZone: "Europe/Berlin",
  });
  return Buffer.from(await new Response(body).arrayBuffer()).toString("latin1");
}

const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Agent ${i}`, count: i * 1000, share: i % 2 ? 0.5 : null, at: 0 }));

describe("a report as a PDF", () => {
  it("is a PDF of one A4 page for a short table", async () => {
    const pdf = await pdfOf(rows(3));
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
    // A4 upright: 595.28 × 841.89 points.
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it("goes on to further pages for a long table, and lies on its side for a wide one", async () => {
    expect((await pdfOf(rows(200))).match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(3);
    expect(await pdfOf(rows(3), true)).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });
});
