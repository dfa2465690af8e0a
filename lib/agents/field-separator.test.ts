import { describe, expect, it } from "vitest";
import { detectSeparator } from "./field-separator";

const line = (sep: string, last = "x") =>
  ["Support", "Level 2", "a@firma.de", "Anna", "Albers", "Pw", "Anna A.", last].join(sep);

describe("detecting the field separator", () => {
  it.each([
    ["commas (LibreOffice)", `${line(",")}\n${line(",")}\n`, ","],
    ["semicolons (German Excel)", `${line(";")}\r\n${line(";")}\r\n`, ";"],
    ["tabs (Unicode-Text, rows pasted from Excel)", `${line("\t")}\r\n${line("\t")}\r\n`, "\t"],
    ["semicolons, a comma in an unquoted field", `${line(";", "Bonn, Haus B")}\r\n${line(";")}\r\n`, ";"],
    ["commas, a semicolon in an unquoted field", `${line(",", "Kst 1; Bonn")}\n${line(",")}\n`, ","],
    ["semicolons inside quotes don't count", `${line(",", '"a;b;c;d;e;f;g"')}\n`, ","],
    ["a quoted line break and a doubled quote", `${line(";", '"Straße 1\nBonn ""Nord"""')}\r\n${line(";")}\r\n`, ";"],
    ["tabs, with commas and semicolons in the fields", `${line("\t", "a, b; c")}\r\n`, "\t"],
    ["most lines decide", `${line(";")}\n${line(";")}\n${line(",")}\n`, ";"],
    ["blank lines are ignored", `\n\n${line(";")}\n   \n`, ";"],
    ["a row of empty cells counts like any other", `${line(";")}\r\n;;;;;;;\r\n`, ";"],
    // None fits, but only commas occur: each line then says how many fields it has.
    ["only one separator occurs, no line fits", "Support,Level 2,few@firma.de,A,B\n", ","],
  ])("%s", (_, text, separator) => {
    expect(detectSeparator(text, 8)).toBe(separator);
  });

  it.each([
    ["no separator at all", "Support Level 2 anna@firma.de Anna Albers\n"],
    ["another separator", `${line("|")}\n${line("|")}\n`],
    ["a tie", `${line(";")}\n${line(",")}\n`],
    ["several occur, none fits", "a,b;c\td\n"],
    ["nothing", ""],
  ])("gives up on %s", (_, text) => {
    expect(detectSeparator(text, 8)).toBeNull();
  });
});
