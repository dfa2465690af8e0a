import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period";
import { timeBucketOf, timeBucketsIn } from "./time-buckets";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
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
