import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { localDay, oldestReportableDay, resolvePeriod } from "./period";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const utc = (date: Date | null) => (date ? new Date(date.getTime()).toISOString() : null);
const iso = (period: { from: Date; to: Date }) => [period.from.toISOString(), period.to.toISOString()];
const fieldErrors = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return null;
};

describe("resolvePeriod", () => {
  // 2026-03-29 02:00 in Berlin the clock jumps to 03:00: that day has 23 hours.
  const afterSpringForward = new Date("2026-03-29T10:00:00Z");

  it("takes days from the viewer's clock: Heute and Gestern around the spring change in Berlin", () => {
    expect(iso(resolvePeriod({ kind: "today" }, BERLIN, afterSpringForward))).toEqual([
      "2026-03-28T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
    ]);
    expect(iso(resolvePeriod({ kind: "yesterday" }, BERLIN, afterSpringForward))).toEqual([
      "2026-03-27T23:00:00.000Z",
      "2026-03-28T23:00:00.000Z",
    ]);
  });

  it("gives the autumn change's day 25 hours in New York", () => {
    // 2026-11-01 02:00 EDT the clock goes back to 01:00 EST.
    const period = resolvePeriod({ kind: "today" }, NEW_YORK, new Date("2026-11-01T18:00:00Z"));
    expect(iso(period)).toEqual(["2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z"]);
    expect((period.to.getTime() - period.from.getTime()) / 3_600_000).toBe(25);
  });

  it("uses the viewer's date, not UTC's: late evening in New York is already tomorrow in UTC", () => {
    const lateEvening = new Date("2026-12-02T03:30:00Z"); // 2026-12-01 22:30 in New York
    expect(iso(resolvePeriod({ kind: "today" }, NEW_YORK, lateEvening))).toEqual([
      "2026-12-01T05:00:00.000Z",
      "2026-12-02T05:00:00.000Z",
    ]);
    expect(iso(resolvePeriod({ kind: "today" }, BERLIN, lateEvening))[0]).toBe("2026-12-01T23:00:00.000Z");
  });

  it("counts Letzte 7 / 30 Tage as whole days ending with today", () => {
    const now = new Date("2026-04-02T08:00:00Z");
    expect(iso(resolvePeriod({ kind: "last7Days" }, BERLIN, now))).toEqual([
      "2026-03-26T23:00:00.000Z",
      "2026-04-02T22:00:00.000Z",
    ]);
    const thirty = resolvePeriod({ kind: "last30Days" }, BERLIN, now);
    expect(thirty.from.toISOString()).toBe("2026-03-03T23:00:00.000Z");
    // 30 days, one of them 23 hours long.
    expect((thirty.to.getTime() - thirty.from.getTime()) / 3_600_000).toBe(30 * 24 - 1);
  });

  it("takes calendar months in the viewer's zone: Dieser Monat and Letzter Monat", () => {
    const now = new Date("2026-03-01T03:00:00Z"); // still 2026-02-28 in New York, already March in Berlin
    expect(iso(resolvePeriod({ kind: "thisMonth" }, NEW_YORK, now))).toEqual([
      "2026-02-01T05:00:00.000Z",
      "2026-03-01T05:00:00.000Z",
    ]);
    expect(iso(resolvePeriod({ kind: "thisMonth" }, BERLIN, now))).toEqual([
      "2026-02-28T23:00:00.000Z",
      "2026-03-31T22:00:00.000Z",
    ]);
    expect(iso(resolvePeriod({ kind: "lastMonth" }, BERLIN, now))).toEqual([
      "2026-01-31T23:00:00.000Z",
      "2026-02-28T23:00:00.000Z",
    ]);
    // January into the year before.
    expect(iso(resolvePeriod({ kind: "lastMonth" }, BERLIN, new Date("2027-01-15T12:00:00Z")))).toEqual([
      "2026-11-30T23:00:00.000Z",
      "2026-12-31T23:00:00.000Z",
    ]);
  });

  it("includes both days of a Start-/Enddatum", () => {
    const now = new Date("2026-11-20T12:00:00Z");
    expect(iso(resolvePeriod({ kind: "custom", startDate: "2026-10-24", endDate: "2026-10-25" }, BERLIN, now))).toEqual(
      ["2026-10-23T22:00:00.000Z", "2026-10-25T23:00:00.000Z"],
    );
    expect(
      iso(resolvePeriod({ kind: "custom", startDate: "2026-11-20", endDate: "2026-11-20" }, NEW_YORK, now)),
    ).toEqual(["2026-11-20T05:00:00.000Z", "2026-11-21T05:00:00.000Z"]);
  });

  it("refuses what is not a day, an end before the start, and a start more than 90 days back", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const custom = (startDate: string, endDate: string) => () =>
      resolvePeriod({ kind: "custom", startDate, endDate }, BERLIN, now);
    expect(fieldErrors(custom("2026-02-30", "2026-11-31"))).toEqual({
      startDate: "reportDateInvalid",
      endDate: "reportDateInvalid",
    });
    expect(fieldErrors(custom("1.12.2026", "2026-12-01"))).toEqual({ startDate: "reportDateInvalid" });
    expect(fieldErrors(custom("2026-12-01", "2026-11-30"))).toEqual({ endDate: "reportEndBeforeStart" });
    // 90 days before 2026-12-02 is 2026-09-03: that day may be included, the one before may not.
    expect(fieldErrors(custom("2026-09-03", "2026-09-10"))).toBeNull();
    expect(fieldErrors(custom("2026-09-02", "2026-09-10"))).toEqual({ startDate: "reportPeriodTooFarBack" });
    expect(oldestReportableDay(BERLIN, now).toISOString()).toBe("2026-09-02T22:00:00.000Z");
  });
});

describe("localDay", () => {
  it("is local midnight, also on the day the clock is turned", () => {
    expect(utc(localDay("2026-03-29", BERLIN))).toBe("2026-03-28T23:00:00.000Z");
    expect(utc(localDay("2026-03-08", NEW_YORK))).toBe("2026-03-08T05:00:00.000Z");
    expect(utc(localDay(" 2026-03-09 ", NEW_YORK))).toBe("2026-03-09T04:00:00.000Z");
  });

  it("knows which days exist", () => {
    expect(localDay("2028-02-29", BERLIN)).not.toBeNull();
    for (const value of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-4-1", "", "heute"])
      expect(localDay(value, BERLIN)).toBeNull();
  });
});
