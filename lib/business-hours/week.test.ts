import { describe, expect, it } from "vitest";
import { closedWeek, parseWeek, storedWeek, type WeekInput } from "./week";
import { summarizeWeek } from "./week-summary";

const closed = { mode: "closed" };
/** A week that is closed except Monday. */
const monday = (day: WeekInput[number]): WeekInput => [day, closed, closed, closed, closed, closed, closed];
const ranges = (...rows: [string, string][]) => ({
  mode: "ranges",
  ranges: rows.map(([from, to]) => ({ from, to })),
});

describe("parseWeek", () => {
  it.each<[string, WeekInput[number], Record<string, string>]>([
    [
      "an hour past 23",
      ranges(["25:00", "26:00"]),
      { "week.mon.0.from": "timeInvalid", "week.mon.0.to": "timeInvalid" },
    ],
    ["24:00 as a start", ranges(["24:00", "02:00"]), { "week.mon.0.from": "timeInvalid" }],
    ["text instead of a time", ranges(["9 Uhr", "17:00"]), { "week.mon.0.from": "timeInvalid" }],
    ["a missing end", ranges(["09:00", ""]), { "week.mon.0.to": "rangeEndRequired" }],
    ["a missing start", ranges(["", "17:00"]), { "week.mon.0.from": "rangeStartRequired" }],
    ["an empty range", ranges(["09:00", "09:00"]), { "week.mon.0.to": "timeRangeEmpty" }],
    ["overlapping ranges", ranges(["09:00", "12:00"], ["11:00", "13:00"]), { "week.mon.1.from": "timeRangesOverlap" }],
    [
      "a range inside another",
      ranges(["09:00", "17:00"], ["10:00", "11:00"]),
      { "week.mon.1.from": "timeRangesOverlap" },
    ],
    [
      "two ranges past midnight",
      ranges(["22:00", "02:00"], ["23:00", "01:00"]),
      { "week.mon.1.from": "timeRangesOverlap" },
    ],
    [
      "a range inside the evening part of one past midnight",
      ranges(["22:00", "02:00"], ["23:00", "23:30"]),
      { "week.mon.1.from": "timeRangesOverlap" },
    ],
    [
      "times without a range",
      { mode: "ranges", ranges: [{ from: "", to: "" }] },
      { "week.mon.mode": "timeRangesMissing" },
    ],
    ["an unknown mode", { mode: "sometimes" }, { "week.mon.mode": "dayModeInvalid" }],
    [
      "times next to closed all day",
      { mode: "closed", ranges: [{ from: "09:00", to: "" }] },
      { "week.mon.mode": "dayModeConflict" },
    ],
  ])("refuses %s with a key on the field", (_name, day, errors) => {
    expect(parseWeek(monday(day))).toEqual({ ok: false, fieldErrors: errors });
  });

  it("keeps the row index of the form when empty rows come first", () => {
    const result = parseWeek(
      monday({
        mode: "ranges",
        ranges: [
          { from: "", to: "" },
          { from: "10:00", to: "x" },
        ],
      }),
    );
    expect(result).toEqual({ ok: false, fieldErrors: { "week.mon.1.to": "timeInvalid" } });
  });

  it("accepts adjacent ranges, morning ranges beside one past midnight, 24:00, and seconds from time inputs", () => {
    const result = parseWeek([
      ranges(["13:00", "17:00"], ["09:00", "12:00"], ["12:00", "13:00"]),
      ranges(["22:00", "02:00"], ["00:30", "01:00"]),
      ranges(["18:00", "24:00"]),
      ranges(["18:00:00", "00:00"]),
      { mode: "open", ranges: [{ from: "", to: "" }] },
      closed,
      {
        mode: "ranges",
        ranges: [
          { from: "", to: "" },
          { from: "08:00", to: "09:00" },
          { from: "", to: "" },
        ],
      },
    ]);
    expect(result).toEqual({
      ok: true,
      week: [
        {
          mode: "ranges",
          ranges: [
            { from: "09:00", to: "12:00" },
            { from: "12:00", to: "13:00" },
            { from: "13:00", to: "17:00" },
          ],
        },
        {
          mode: "ranges",
          ranges: [
            { from: "00:30", to: "01:00" },
            { from: "22:00", to: "02:00" },
          ],
        },
        { mode: "ranges", ranges: [{ from: "18:00", to: "24:00" }] },
        // A time input cannot show 24:00: an end of 00:00 is midnight.
        { mode: "ranges", ranges: [{ from: "18:00", to: "24:00" }] },
        { mode: "open", ranges: [] },
        { mode: "closed", ranges: [] },
        { mode: "ranges", ranges: [{ from: "08:00", to: "09:00" }] },
      ],
    });
  });

  it("refuses anything but seven days", () => {
    expect(parseWeek([closed])).toEqual({ ok: false, fieldErrors: { week: "weekInvalid" } });
    expect(parseWeek("open")).toEqual({ ok: false, fieldErrors: { week: "weekInvalid" } });
  });
});

describe("storedWeek", () => {
  it("reads what parseWeek wrote and keeps readable days of a damaged value", () => {
    const week = parseWeek(monday(ranges(["09:00", "17:00"])));
    expect(week.ok && storedWeek(JSON.stringify(week.week))).toEqual(week.ok && week.week);
    expect(storedWeek("not json")).toEqual(closedWeek());
    const damaged = JSON.stringify([
      { mode: "open" },
      { mode: "ranges", ranges: [{ from: "9", to: "5" }] },
      closed,
      closed,
      closed,
      closed,
      closed,
    ]);
    expect(storedWeek(damaged).slice(0, 2)).toEqual([
      { mode: "open", ranges: [] },
      { mode: "closed", ranges: [] },
    ]);
  });
});

describe("summarizeWeek", () => {
  it("groups consecutive days with the same hours", () => {
    const nineToFive = ranges(["09:00", "17:00"]);
    const week = parseWeek([
      nineToFive,
      nineToFive,
      nineToFive,
      nineToFive,
      nineToFive,
      ranges(["10:00", "14:00"]),
      closed,
    ]);
    expect(week.ok && summarizeWeek(week.week).map((g) => [g.first, g.last, g.hours.mode])).toEqual([
      ["mon", "fri", "ranges"],
      ["sat", "sat", "ranges"],
      ["sun", "sun", "closed"],
    ]);
  });
});
