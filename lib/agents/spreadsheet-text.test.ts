import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeSpreadsheetText } from "./spreadsheet-text";

const GERMAN = "Support;Kundendienst Süd;juergen.fuenf@firma.de;Jürgen;Fünf;Straße-4711-Größe;Jürgen F.;Größe XL\r\n";
const bytes = (...parts: (Buffer | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p))));
const utf8 = (text: string) => Buffer.from(text, "utf8");
const encoded = (text: string, encoding: string) => iconv.encode(text, encoding);

describe("reading a spreadsheet export", () => {
  it.each([
    ["UTF-8 without a mark (LibreOffice)", bytes(utf8(GERMAN)), "utf-8", GERMAN],
    ["UTF-8 with a mark (Excel: CSV UTF-8)", bytes([0xef, 0xbb, 0xbf], utf8(GERMAN)), "utf-8", GERMAN],
    ["UTF-16LE with a mark (Excel: Unicode-Text)", bytes([0xff, 0xfe], encoded(GERMAN, "utf16le")), "utf-16le", GERMAN],
    ["UTF-16BE with a mark", bytes([0xfe, 0xff], encoded(GERMAN, "utf16be")), "utf-16be", GERMAN],
    ["Windows-1252 (Excel: CSV Trennzeichen-getrennt)", bytes(encoded(GERMAN, "win1252")), "windows-1252", GERMAN],
    [
      "Windows-1252 with €, „quotes“ and –",
      bytes(encoded("Preis;„5 €“ – netto\r\n", "win1252")),
      "windows-1252",
      "Preis;„5 €“ – netto\r\n",
    ],
    [
      "Windows-1252 with only ß (chardet: ISO-8859-2)",
      bytes(encoded(";Vertrieb;a@b.de;Anna;Straße;Pw-1234567890;;\r\n", "win1252")),
      "windows-1252",
      ";Vertrieb;a@b.de;Anna;Straße;Pw-1234567890;;\r\n",
    ],
    ["plain ASCII", bytes(utf8("a,b,c\n")), "utf-8", "a,b,c\n"],
    // Valid UTF-8 wins, even where the same bytes would also be Windows-1252 ("Ã¼" for "ü").
    ["UTF-8 that is also valid Windows-1252", bytes(utf8("Müller")), "utf-8", "Müller"],
  ])("%s", (_, input, encoding, text) => {
    expect(decodeSpreadsheetText(input)).toEqual({ text, encoding });
  });

  it.each([
    ["an Excel workbook (zip, NUL bytes)", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "bulkFileNotText"],
    ["a PDF", bytes(utf8("%PDF-1.7\n"), [0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x01, 0x02]), "bulkFileNotText"],
    ["control characters in UTF-8", bytes(utf8("a,b\u0007,c\n")), "bulkFileNotText"],
    ["UTF-16 without a mark", bytes(encoded(GERMAN, "utf16le")), "bulkFileNotText"],
    ["UTF-8 mark, then broken UTF-8", bytes([0xef, 0xbb, 0xbf], utf8("J"), [0xfc], utf8("rgen")), "bulkFileEncoding"],
    ["UTF-16 mark, odd length", bytes([0xff, 0xfe], encoded("Jürgen", "utf16le"), [0x41]), "bulkFileEncoding"],
    ["bytes unassigned in Windows-1252", bytes(utf8("Name;"), [0x81, 0x8d], utf8(";x\r\n")), "bulkFileEncoding"],
    [
      "Cyrillic (Windows-1251), which Windows-1252 would misread",
      bytes(encoded("Поддержка;Иван;Петров;Москва;Кириллица\r\n".repeat(5), "win1251")),
      "bulkFileEncoding",
    ],
    [
      "Central European (Windows-1250), which Windows-1252 would misread",
      bytes(encoded("Łódź;Michał;Wiśniewski;Gdańsk;Kraków;Żółć;Świętokrzyskie\r\n".repeat(5), "win1250")),
      "bulkFileEncoding",
    ],
  ])("refuses %s", (_, input, problem) => {
    expect(decodeSpreadsheetText(input)).toEqual({ problem });
  });
});
