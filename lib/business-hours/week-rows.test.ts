import { describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/form-fields";
import { rangeRowsToShow } from "./form-values";
import { hoursSetFields, hoursSetInputOf } from "./set-form-fields";
import { parseWeek } from "./week";
import { WEEKDAYS } from "./weekdays";
import { focusOfAddRange, applyRangeChange, rangeChangeOf } from "./week-rows";

const formOf = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
};

describe("rangeChangeOf", () => {
  it.each([
    ["addRange:mon", { kind: "add", day: "mon" }],
    ["removeRange:sun:0", { kind: "remove", day: "sun", row: 0 }],
    ["removeRange:fri:12", { kind: "remove", day: "fri", row: 12 }],
  ])("reads %s", (intent, change) => {
    expect(rangeChangeOf(intent)).toEqual(change);
  });

  it.each([
    "",
    "save",
    "addRange",
    "addRange:xyz",
    "addRange:mon:1",
    "removeRange:mon",
    "removeRange:mon:-1",
    "removeRange:mon:1e3",
  ])("takes %j for no range change", (intent) => {
    expect(rangeChangeOf(intent)).toBeNull();
  });
});

describe("applyRangeChange", () => {
  it("adds an empty range to a closed day, chooses times and keeps everything typed", () => {
    const sent = { name: "Kernzeiten", "week.mon.mode": "closed", "week.tue.mode": "open", intent: "addRange:mon" };
    const values = applyRangeChange(sent, { kind: "add", day: "mon" });
    expect(values).toEqual({
      name: "Kernzeiten",
      "week.mon.mode": "ranges",
      "week.mon.0.from": "",
      "week.mon.0.to": "",
      "week.tue.mode": "open",
      focus: "week.mon.0.from",
    });
    expect(rangeRowsToShow(values, "mon")).toBe(1);
    expect(rangeRowsToShow(values, "tue")).toBe(0);
  });

  it("adds after the ranges a day has", () => {
    const sent = { "week.fri.mode": "ranges", "week.fri.0.from": "09:00", "week.fri.0.to": "12:00" };
    const values = applyRangeChange(sent, { kind: "add", day: "fri" });
    expect(values["week.fri.0.from"]).toBe("09:00");
    expect(values["week.fri.1.from"]).toBe("");
    expect(values.focus).toBe("week.fri.1.from");
  });

  it("removes a range: the later ones move up, and the focus goes to the day's add button", () => {
    const sent = {
      "week.wed.mode": "ranges",
      "week.wed.0.from": "08:00",
      "week.wed.0.to": "10:00",
      "week.wed.1.from": "11:00",
      "week.wed.1.to": "12:00",
      "week.wed.2.from": "13:00",
      "week.wed.2.to": "17:00",
      focus: "week.wed.2.from",
    };
    const values = applyRangeChange(sent, { kind: "remove", day: "wed", row: 1 });
    expect(values).toEqual({
      "week.wed.mode": "ranges",
      "week.wed.0.from": "08:00",
      "week.wed.0.to": "10:00",
      "week.wed.1.from": "13:00",
      "week.wed.1.to": "17:00",
      focus: focusOfAddRange("wed"),
    });
    const closedWeek = Object.fromEntries(WEEKDAYS.map((day) => [`week.${day}.mode`, "closed"]));
    const read = readForm(hoursSetFields, formOf({ ...closedWeek, ...values }));
    const week = parseWeek(read.ok ? hoursSetInputOf(read.values).week : []);
    expect(week.ok && week.week[2]).toEqual({
      mode: "ranges",
      ranges: [
        { from: "08:00", to: "10:00" },
        { from: "13:00", to: "17:00" },
      ],
    });
  });

  it("ignores a row that is not there and stops at the most ranges a day may have", () => {
    const one = { "week.sat.mode": "ranges", "week.sat.0.from": "10:00", "week.sat.0.to": "14:00" };
    expect(applyRangeChange(one, { kind: "remove", day: "sat", row: 5 })).toEqual({ ...one, focus: "addRange.sat" });
    const full = Object.fromEntries(Array.from({ length: 48 }, (_, row) => [`week.sun.${row}.from`, ""] as const));
    expect(rangeRowsToShow(applyRangeChange(full, { kind: "add", day: "sun" }), "sun")).toBe(48);
  });
});
