import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period";
import {
  TIME_GROUPINGS,
  timeBucketIntervals,
  timeBucketAmong,
  timeBucketOf,
  timeBucketsIn,
  type TimeGrouping,
} from "./time-buckets";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const KOLKATA = "Asia/Kolkata";
const at = (value: string) => new Date(value);

describe("timeBucketOf", () => {
  it("puts a session around midnight on the viewer's day, not UTC's", () => {
    // 23:30 UTC on 2026-06-30 is 01:30 on 1 July in Berlin and 19:30 on 30 June in New York.
    const lateUtc = at("2026-06-30T23:30:00Z");
    expect(timeBucketOf(lateUtc, "day", BERLIN)).toBe("2026-07-01");
    expect(timeBucketOf(lateUtc, "day", NEW_YORK)).toBe("2026-06-30");
    expect(timeBucketOf(lateUtc, "month", BERLIN)).toBe("2026-07");
    expect(timeBucketOf(lateUtc, "month", NEW_YORK)).toBe("2026-06");
    expect(timeBucketOf(lateUtc, "hourOfDay", BERLIN)).toBe("01");
    expect(timeBucketOf(lateUtc, "hourOfDay", NEW_YORK)).toBe("19");
    // 2026-07-01 is a Wednesday; 30 June a Tuesday.
    expect(timeBucketOf(lateUtc, "weekday", BERLIN)).toBe("3");
    expect(timeBucketOf(lateUtc, "weekday", NEW_YORK)).toBe("2");
  });

  it("keeps the day of the clock change whole: before and after the turn are the same day", () => {
    // Berlin, 2026-10-25: 02:30 happens twice (CEST, then CET); both are that Sunday.
    expect(timeBucketOf(at("2026-10-25T00:30:00Z"), "day", BERLIN)).toBe("2026-10-25");
    expect(timeBucketOf(at("2026-10-25T01:30:00Z"), "day", BERLIN)).toBe("2026-10-25");
    expect(timeBucketOf(at("2026-10-25T22:59:00Z"), "day", BERLIN)).toBe("2026-10-25");
    expect(timeBucketOf(at("2026-10-25T23:00:00Z"), "day", BERLIN)).toBe("2026-10-26");
    // New York, 2026-03-08: 00:30 EST and 03:30 EDT are the same day; 23:59 EDT too.
    expect(timeBucketOf(at("2026-03-08T05:30:00Z"), "day", NEW_YORK)).toBe("2026-03-08");
    expect(timeBucketOf(at("2026-03-08T07:30:00Z"), "day", NEW_YORK)).toBe("2026-03-08");
    expect(timeBucketOf(at("2026-03-09T03:59:00Z"), "day", NEW_YORK)).toBe("2026-03-08");
    expect(timeBucketOf(at("2026-03-09T04:00:00Z"), "day", NEW_YORK)).toBe("2026-03-09");
  });

  it("names a week by its Monday, across a year's end", () => {
    expect(timeBucketOf(at("2026-03-29T12:00:00Z"), "week", BERLIN)).toBe("2026-03-23"); // a Sunday
    expect(timeBucketOf(at("2026-03-30T12:00:00Z"), "week", BERLIN)).toBe("2026-03-30"); // a Monday
    expect(timeBucketOf(at("2027-01-01T12:00:00Z"), "week", BERLIN)).toBe("2026-12-28");
    // Monday 00:30 in Berlin is still Sunday evening in New York.
    expect(timeBucketOf(at("2026-03-29T22:30:00Z"), "week", BERLIN)).toBe("2026-03-30");
    expect(timeBucketOf(at("2026-03-29T22:30:00Z"), "week", NEW_YORK)).toBe("2026-03-23");
  });
});

describe("timeBucketsIn", () => {
  const now = at("2026-04-02T08:00:00Z");

  it("lists every day of a period, the short day of the clock change once", () => {
    const period = resolvePeriod({ kind: "last7Days" }, BERLIN, now);
    expect(timeBucketsIn(period, "day", BERLIN)).toEqual([
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
  });

  it("lists the weeks and months a period touches", () => {
    const period = resolvePeriod({ kind: "custom", startDate: "2026-03-04", endDate: "2026-04-01" }, BERLIN, now);
    expect(timeBucketsIn(period, "week", BERLIN)).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
    ]);
    expect(timeBucketsIn(period, "month", BERLIN)).toEqual(["2026-03", "2026-04"]);
  });

  it("has all hours and weekdays, whatever the period", () => {
    const period = resolvePeriod({ kind: "today" }, NEW_YORK, now);
    expect(timeBucketsIn(period, "hourOfDay", NEW_YORK)).toHaveLength(24);
    expect(timeBucketsIn(period, "weekday", NEW_YORK)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it("agrees with timeBucketOf for every hour of a period across a clock change", () => {
    const period = resolvePeriod(
      { kind: "custom", startDate: "2026-10-30", endDate: "2026-11-02" },
      NEW_YORK,
      at("2026-11-20T12:00:00Z"),
    );
    const buckets = timeBucketsIn(period, "day", NEW_YORK);
    for (let t = period.from.getTime(); t < period.to.getTime(); t += 15 * 60_000)
      expect(buckets).toContain(timeBucketOf(new Date(t), "day", NEW_YORK));
    expect(buckets).toEqual(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]);
  });
});

describe("timeBucketIntervals", () => {
  const HOUR = 3_600_000;
  const days = (startDate: string, endDate: string, timeZone: string) =>
    resolvePeriod({ kind: "custom", startDate, endDate }, timeZone, at(`${endDate}T12:00:00Z`));
  const hours = (interval: { from: Date; to: Date }) => (interval.to.getTime() - interval.from.getTime()) / HOUR;

  /** The intervals tile the period, and each lies in one group: the one its first and last instant are in. */
  function expectTiles(period: { from: Date; to: Date }, grouping: TimeGrouping, timeZone: string) {
    const intervals = timeBucketIntervals(period, grouping, timeZone);
    expect(intervals[0]!.from).toEqual(period.from);
    expect(intervals.at(-1)!.to).toEqual(period.to);
    intervals.forEach((interval, i) => {
      expect(interval.from.getTime()).toBeLessThan(interval.to.getTime());
      if (i > 0) expect(interval.from).toEqual(intervals[i - 1]!.to);
      expect(timeBucketOf(interval.from, grouping, timeZone)).toBe(interval.key);
      expect(timeBucketOf(new Date(interval.to.getTime() - 1), grouping, timeZone)).toBe(interval.key);
    });
    // And independently of the boundaries: every quarter of an hour is in the interval of its group.
    for (let t = period.from.getTime(), i = 0; t < period.to.getTime(); t += 15 * 60_000) {
      while (intervals[i]!.to.getTime() <= t) i++;
      expect(intervals[i]!.key).toBe(timeBucketOf(new Date(t), grouping, timeZone));
    }
    return intervals;
  }

  it("gives Berlin's autumn day 25 hours, the hour from 02:00 twice", () => {
    const period = days("2026-10-25", "2026-10-25", BERLIN);
    const byHour = expectTiles(period, "hourOfDay", BERLIN);
    expect(byHour.map((i) => i.key)).toEqual([
      "00",
      "01",
      "02",
      "02",
      ...Array.from({ length: 21 }, (_, h) => String(h + 3).padStart(2, "0")),
    ]);
    // 02:00 CEST is 00:00 UTC, 02:00 CET is 01:00 UTC.
    expect(byHour.filter((i) => i.key === "02").map((i) => [i.from.toISOString(), hours(i)])).toEqual([
      ["2026-10-25T00:00:00.000Z", 1],
      ["2026-10-25T01:00:00.000Z", 1],
    ]);
    const byDay = expectTiles(period, "day", BERLIN);
    expect(byDay.map((i) => [i.key, hours(i)])).toEqual([["2026-10-25", 25]]);
  });

  it("gives Berlin's spring day 23 hours, without an hour from 02:00", () => {
    const period = days("2026-03-28", "2026-03-30", BERLIN);
    const byHour = expectTiles(period, "hourOfDay", BERLIN);
    expect(byHour).toHaveLength(24 + 23 + 24);
    expect(byHour.slice(24, 47).map((i) => i.key)).not.toContain("02");
    expect(byHour.every((i) => hours(i) === 1)).toBe(true);
    expect(expectTiles(period, "day", BERLIN).map((i) => [i.key, hours(i)])).toEqual([
      ["2026-03-28", 24],
      ["2026-03-29", 23],
      ["2026-03-30", 24],
    ]);
    // Saturday, Sunday, Monday: the week changes at Monday's midnight.
    expect(expectTiles(period, "weekday", BERLIN).map((i) => i.key)).toEqual(["6", "7", "1"]);
    expect(expectTiles(period, "week", BERLIN).map((i) => [i.key, hours(i)])).toEqual([
      ["2026-03-23", 47],
      ["2026-03-30", 24],
    ]);
  });

  it("turns New York's clock at 02:00 local: 01:00 twice in the autumn, no 02:00 in the spring", () => {
    const autumn = expectTiles(days("2026-10-31", "2026-11-02", NEW_YORK), "hourOfDay", NEW_YORK);
    expect(autumn).toHaveLength(24 + 25 + 24);
    expect(autumn.slice(24, 49).filter((i) => i.key === "01")).toHaveLength(2);
    expect(expectTiles(days("2026-10-31", "2026-11-02", NEW_YORK), "day", NEW_YORK).map(hours)).toEqual([24, 25, 24]);
    const spring = expectTiles(days("2026-03-08", "2026-03-08", NEW_YORK), "hourOfDay", NEW_YORK);
    expect(spring.map((i) => i.key)).toEqual(
      Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0")).filter((key) => key !== "02"),
    );
    expect(expectTiles(days("2026-03-08", "2026-03-08", NEW_YORK), "day", NEW_YORK).map(hours)).toEqual([23]);
  });

  it("cuts Kolkata's hours at half past UTC (+05:30)", () => {
    const period = days("2026-11-01", "2026-11-02", KOLKATA);
    const byHour = expectTiles(period, "hourOfDay", KOLKATA);
    expect(byHour).toHaveLength(48);
    expect(byHour[0]).toEqual({ key: "00", from: at("2026-10-31T18:30:00Z"), to: at("2026-10-31T19:30:00Z") });
    expect(expectTiles(period, "day", KOLKATA).map((i) => [i.key, i.from.toISOString()])).toEqual([
      ["2026-11-01", "2026-10-31T18:30:00.000Z"],
      ["2026-11-02", "2026-11-01T18:30:00.000Z"],
    ]);
  });

  it("cuts a month by days, weeks, weekdays and hours, with the clock change inside", () => {
    const october = days("2026-10-01", "2026-10-31", BERLIN);
    const byDay = expectTiles(october, "day", BERLIN);
    expect(byDay.map((i) => i.key)).toEqual(timeBucketsIn(october, "day", BERLIN));
    expect(byDay.filter((i) => hours(i) !== 24).map((i) => [i.key, hours(i)])).toEqual([["2026-10-25", 25]]);
    // 1 October 2026 is a Thursday: the first week is cut to the period, the last one too.
    const byWeek = expectTiles(october, "week", BERLIN);
    expect(byWeek.map((i) => i.key)).toEqual(timeBucketsIn(october, "week", BERLIN));
    expect(byWeek[0]!.from).toEqual(october.from);
    expect(expectTiles(october, "month", BERLIN)).toEqual([{ key: "2026-10", ...october }]);
    const byWeekday = expectTiles(october, "weekday", BERLIN);
    expect(byWeekday).toHaveLength(31);
    expect(byWeekday.slice(0, 7).map((i) => i.key)).toEqual(["4", "5", "6", "7", "1", "2", "3"]);
    const byHour = expectTiles(october, "hourOfDay", BERLIN);
    expect(byHour).toHaveLength(31 * 24 + 1);
    expect(byHour.reduce((sum, i) => sum + hours(i), 0)).toBe(31 * 24 + 1);
  });

  it("cuts a month that begins in one week and a period that begins mid-day", () => {
    const period = { from: at("2026-11-30T10:15:00Z"), to: at("2026-12-01T01:00:00Z") };
    expect(expectTiles(period, "month", BERLIN).map((i) => [i.key, i.from.toISOString(), i.to.toISOString()])).toEqual([
      ["2026-11", "2026-11-30T10:15:00.000Z", "2026-11-30T23:00:00.000Z"],
      ["2026-12", "2026-11-30T23:00:00.000Z", "2026-12-01T01:00:00.000Z"],
    ]);
    expect(expectTiles(period, "hourOfDay", BERLIN)[0]).toMatchObject({ key: "11", to: at("2026-11-30T11:00:00Z") });
  });
});

describe("timeBucketAmong", () => {
  it("agrees with timeBucketOf inside the period, and has nothing outside it", () => {
    const period = { from: at("2026-10-24T22:00:00Z"), to: at("2026-10-26T23:00:00Z") };
    for (const grouping of TIME_GROUPINGS) {
      const intervals = timeBucketIntervals(period, grouping, BERLIN);
      for (let t = period.from.getTime(); t < period.to.getTime(); t += 7 * 60_000 + 1)
        expect(timeBucketAmong(intervals, new Date(t)), `${grouping} ${new Date(t).toISOString()}`).toBe(
          timeBucketOf(new Date(t), grouping, BERLIN),
        );
      expect(timeBucketAmong(intervals, new Date(period.from.getTime() - 1))).toBeNull();
      expect(timeBucketAmong(intervals, period.to)).toBeNull();
    }
  });
});
