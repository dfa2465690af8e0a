import { describe, expect, it } from "vitest";
import { dueMonths, expiryOf, lastEndedMonth, monthOf, monthPeriod, parseMonth, shiftMonth } from "./months";

const at = (value: string) => new Date(value);

describe("a monthly report's months", () => {
  it.each([
    ["2026-11", "2026-11"],
    [" 2026-01 ", "2026-01"],
    ["2026-13", null],
    ["2026-00", null],
    ["2026-1", null],
    ["11/2026", null],
    [42, null],
  ])("parses %j as %j", (value, month) => {
    expect(parseMonth(value)).toBe(month);
  });

  it("moves across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-03", 12)).toBe("2027-03");
  });

  // Berlin turns its clock on the last Sundays of March (to +02:00) and October (to +01:00); New York
  // on the second Sunday of March and the first of November. A month is local midnight to local midnight.
  it.each([
    ["Europe/Berlin", "2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z", 31 * 24 - 1],
    ["Europe/Berlin", "2026-10", "2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z", 31 * 24 + 1],
    ["Europe/Berlin", "2026-12", "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z", 31 * 24],
    ["America/New_York", "2026-03", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z", 31 * 24 - 1],
    ["America/New_York", "2026-11", "2026-11-01T04:00:00.000Z", "2026-12-01T05:00:00.000Z", 30 * 24 + 1],
    ["UTC", "2026-02", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", 28 * 24],
  ])("%s %s runs from %s to %s (%i hours)", (timeZone, month, from, to, hours) => {
    const period = monthPeriod(month, timeZone);
    expect(period.from.toISOString()).toBe(from);
    expect(period.to.toISOString()).toBe(to);
    expect((period.to.getTime() - period.from.getTime()) / 3_600_000).toBe(hours);
  });

  it("knows the month of an instant on the owner's clock", () => {
    // 23:30 UTC on 31 October is 00:30 on 1 November in Berlin, 19:30 on 31 October in New York.
    expect(monthOf(at("2026-10-31T23:30:00Z"), "Europe/Berlin")).toBe("2026-11");
    expect(monthOf(at("2026-10-31T23:30:00Z"), "America/New_York")).toBe("2026-10");
    expect(lastEndedMonth("Europe/Berlin", at("2026-10-31T23:30:00Z"))).toBe("2026-10");
    expect(lastEndedMonth("America/New_York", at("2026-10-31T23:30:00Z"))).toBe("2026-09");
  });

  it("keeps a month for a year after it ended", () => {
    expect(expiryOf("2026-11", "Europe/Berlin").toISOString()).toBe("2027-11-30T23:00:00.000Z");
    expect(expiryOf("2026-12", "UTC").toISOString()).toBe("2028-01-01T00:00:00.000Z");
  });

  it("owes the month before its creation and every month ended since, none past its year", () => {
    const created = at("2026-11-15T10:00:00Z");
    expect(dueMonths(created, created, "Europe/Berlin")).toEqual(["2026-10"]);
    expect(dueMonths(created, at("2026-11-30T22:59:59Z"), "Europe/Berlin")).toEqual(["2026-10"]);
    expect(dueMonths(created, at("2026-11-30T23:00:00Z"), "Europe/Berlin")).toEqual(["2026-10", "2026-11"]);
    expect(dueMonths(created, at("2027-02-02T00:00:00Z"), "Europe/Berlin")).toEqual([
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
    // October 2026 expires at the end of October 2027.
    expect(dueMonths(created, at("2027-11-02T00:00:00Z"), "Europe/Berlin")[0]).toBe("2026-11");
  });
});
