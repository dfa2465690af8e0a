import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { TeamForest } from "@/lib/teams/team-forest";
import { parseBulkText, readBulkFile, validateBulkRecords } from "./bulk-input";

// Excel and LibreOffice exports of the same four agents (test/fixtures/masseneingabe, byte for byte).
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join("test/fixtures/masseneingabe", name)));
const forest = new TeamForest([
  { id: "s", name: "Support", parentId: null },
  { id: "ks", name: "Kundendienst Süd", parentId: "s" },
  { id: "v", name: "Vertrieb", parentId: null },
]);

const expected = [
  {
    line: 1,
    loginId: "juergen.fuenf@firma.de",
    firstName: "Jürgen",
    lastName: "Fünf",
    password: "Straße-4711-Größe",
    screenName: "Jürgen F.",
    customField: "Größe XL",
    teamId: "ks",
  },
  {
    line: 2,
    loginId: "anna.albers@firma.de",
    firstName: "Anna",
    lastName: "Albers",
    password: "Kaffee-Bonn-4711",
    screenName: "Anna A.",
    customField: "Kst 4711; Bonn, Haus B", // quoted: it holds the separator
    teamId: "v",
  },
  {
    line: 3,
    loginId: "clara.cramer@firma.de",
    firstName: "Clara",
    lastName: "Cramer",
    password: "Kaffee-Bonn-4711",
    screenName: 'Clara "CC" C.', // quoted, with doubled quotes
    customField: "",
    teamId: "v",
  },
  {
    line: 5, // the record ends on the fifth line of the file
    loginId: "dieter.dass@firma.de",
    firstName: "Dieter",
    lastName: "Daß",
    password: "Kaffee-Bonn-4711",
    screenName: "Dieter",
    customField: "Straße 1\nBonn", // quoted, with a line break
    teamId: "ks",
  },
];

function agentsOf(bytes: Uint8Array) {
  const parsed = parseBulkText(readBulkFile(bytes));
  const checked = validateBulkRecords(parsed.records, forest, () => true, new Map());
  return { refused: parsed.refused, problems: [...parsed.problems, ...checked.problems], agents: checked.agents };
}

describe("Masseneingabe from spreadsheet files", () => {
  it.each([
    ["Excel, CSV (Trennzeichen-getrennt): Windows-1252, semicolons, CRLF", "excel-csv-trennzeichen-getrennt.csv"],
    ["Excel, CSV UTF-8: with a byte order mark, semicolons, CRLF", "excel-csv-utf-8.csv"],
    ["Excel, Unicode-Text: UTF-16LE, tabs, CRLF", "excel-unicode-text.txt"],
    ["LibreOffice, default: UTF-8, commas, LF", "libreoffice-standard.csv"],
    ["LibreOffice, Windows-1252 and semicolons", "libreoffice-windows-1252-semikolon.csv"],
  ])("%s", (_, file) => {
    expect(agentsOf(fixture(file))).toEqual({ refused: undefined, problems: [], agents: expected });
  });

  it("refuses a workbook instead of a text file", () => {
    expect(() => readBulkFile(fixture("excel-arbeitsmappe.xlsx"))).toThrow(
      expect.objectContaining({ fieldErrors: { bulkFile: "bulkFileNotText" } }),
    );
    expect(() => readBulkFile(fixture("excel-arbeitsmappe.xlsx"))).toThrow(ValidationError);
  });

  it("refuses a file whose separator is none of comma, semicolon and tab", () => {
    expect(agentsOf(fixture("senkrechter-strich.csv"))).toMatchObject({ refused: "bulkSeparatorUnknown", agents: [] });
  });

  it("reads rows pasted from Excel into the text area (tab-separated), skipping rows of empty cells", () => {
    const fields = ["Support", "Kundendienst Süd", "j@firma.de", "Jürgen", "Fünf", "Straße-4711-Größe", "J. F.", ""];
    expect(parseBulkText(`${fields.join("\t")}\r\n\t\t\t\t\t\t\t\r\n`).records).toEqual([{ line: 1, fields }]);
    expect(parseBulkText(`${fields.join(";")}\r\n;;;;;;;\r\n`).records).toEqual([{ line: 1, fields }]);
  });
});
