import { describe, expect, it } from "vitest";
import { plainLine, plainText } from "./plain-text";

// Written as escapes: most of these characters are invisible, which is the point.
describe("plainText and plainLine", () => {
  it.each([
    ["ordinary text", "Drucker druckt nicht – Fehler 0x1F? Ärger!"],
    ["joiners where letters need them (Persian, emoji)", "می\u200Cخواهم 👩\u200D💻"],
    ["a direction mark (mixed Hebrew and Latin text needs them)", "שלום (Kim)\u200F"],
    ["emoji style selectors", "\u2764\uFE0F"],
    ["a flag's tag sequence", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
  ])("%s stays as it is", (_, input) => {
    expect(plainText(input)).toBe(input);
    expect(plainLine(input)).toBe(input);
  });

  it.each([
    ["NUL and the other C0 controls go", "a\u0000b\u0007c\u001bd\u0008e", "abcde"],
    ["DEL and the C1 controls go", "a\u007fb\u0085c\u009bd", "abcd"],
    ["a right-to-left override cannot turn a name around", "Rechnung\u202Egnp.exe", "Rechnunggnp.exe"],
    [
      "every embedding, override and isolate goes",
      "\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069",
      "abcdefg",
    ],
    ["invisible spaces, joiners and fillers go", "p\u200Ba\u2060y\u2062p\uFEFFa\u3164l\u206Al\uFFF9x", "paypallx"],
    ["tag characters hiding text elsewhere go", "ok\u{E0069}\u{E0067}\u{E006E}", "ok"],
    ["a lone surrogate becomes the replacement character", "a\uD800b", "a\uFFFDb"],
  ])("%s", (_, input, expected) => {
    expect(plainText(input)).toBe(expected);
    expect(plainLine(input)).toBe(expected);
  });

  it("plainText keeps tabs and line breaks; Unicode line separators become line feeds", () => {
    expect(plainText("Zeile 1\r\nZeile 2\n\tEingerückt\u2028Zeile 3\u2029")).toBe(
      "Zeile 1\r\nZeile 2\n\tEingerückt\nZeile 3\n",
    );
  });

  it("plainLine turns tabs and line breaks into one space", () => {
    expect(plainLine("Kim\r\nKunde\tGmbH\u2028AG")).toBe("Kim Kunde GmbH AG");
    expect(plainLine("Kim\u0000\nKunde")).toBe("Kim Kunde");
  });
});
