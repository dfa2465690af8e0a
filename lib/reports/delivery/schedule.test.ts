import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { type DeliverySchedule, nextDeliveryAt, parseDeliverySchedule } from "./schedule";

const daily: DeliverySchedule = { frequency: "daily", weekday: null, monthDay: null, time: "07:30", format: "csv" };
const at = (value: string) => new Date(value);

describe("E-Mail-Zustellung: the next delivery", () => {
  it("is the time on the owner's clock, today if it is still ahead, else tomorrow", () => {
    expect(nextDeliveryAt(daily, "Europe/Berlin", at("2026-12-03T06:00:00Z"))).toEqual(at("2026-12-03T06:30:00Z"));
    expect(nextDeliveryAt(daily, "Europe/Berlin", at("2026-12-03T06:30:00Z"))).toEqual(at("2026-12-04T06:30:00Z"));
    expect(nextDeliveryAt(daily, "America/New_York", at("2026-12-03T06:30:00Z"))).toEqual(at("2026-12-03T12:30:00Z"));
  });

  it("keeps the clock's time across a change of the clock: 23 and 25 hours apart", () => {
    // Europe/Berlin turns back on 2026-10-25 and forward on 2027-03-28.
    const autumn = nextDeliveryAt(daily, "Europe/Berlin", at("2026-10-24T05:30:00Z"));
    expect(autumn).toEqual(at("2026-10-25T06:30:00Z"));
    const spring = nextDeliveryAt(daily, "Europe/Berlin", at("2027-03-27T06:30:00Z"));
    expect(spring).toEqual(at("2027-03-28T05:30:00Z"));
  });

  it("sends a time the clock skips once, right after the gap, and a time it has twice once", () => {
    const night = { ...daily, time: "02:30" };
    // 2027-03-28 in Berlin has no 02:30: the delivery is at 03:30 summer time (01:30 UTC).
    const skipped = nextDeliveryAt(night, "Europe/Berlin", at("2027-03-27T12:00:00Z"));
    expect(skipped.getTime()).toBeGreaterThan(at("2027-03-28T00:59:00Z").getTime());
    expect(skipped.getTime()).toBeLessThanOrEqual(at("2027-03-28T01:30:00Z").getTime());
    expect(nextDeliveryAt(night, "Europe/Berlin", skipped)).toEqual(at("2027-03-29T00:30:00Z"));
    // 2026-10-25 has 02:30 twice: one delivery that day.
    const twice = nextDeliveryAt(night, "Europe/Berlin", at("2026-10-24T12:00:00Z"));
    expect(nextDeliveryAt(night, "Europe/Berlin", twice)).toEqual(at("2026-10-26T01:30:00Z"));
  });

  it("finds the weekday, and a month's day or the month's last", () => {
    const monday = { ...daily, frequency: "weekly", weekday: 1 } as const;
    // 2026-12-03 is a Thursday.
    expect(nextDeliveryAt(monday, "Europe/Berlin", at("2026-12-03T12:00:00Z"))).toEqual(at("2026-12-07T06:30:00Z"));
    const sunday = { ...monday, weekday: 7 };
    expect(nextDeliveryAt(sunday, "Europe/Berlin", at("2026-12-03T12:00:00Z"))).toEqual(at("2026-12-06T06:30:00Z"));
    const last = { ...daily, frequency: "monthly", monthDay: 31 } as const;
    expect(nextDeliveryAt(last, "Europe/Berlin", at("2027-02-01T12:00:00Z"))).toEqual(at("2027-02-28T06:30:00Z"));
    expect(nextDeliveryAt(last, "Europe/Berlin", at("2027-02-28T12:00:00Z"))).toEqual(at("2027-03-31T05:30:00Z"));
  });
});

describe("E-Mail-Zustellung: the form's schedule", () => {
  const form = { deliveryFrequency: "weekly", deliveryWeekday: "3", deliveryTime: "08:05", deliveryFormat: "xlsx" };

  it("reads the frequency's own day and ignores the others", () => {
    expect(parseDeliverySchedule({ ...form, deliveryMonthDay: "99" })).toEqual({
      frequency: "weekly",
      weekday: 3,
      monthDay: null,
      time: "08:05",
      format: "xlsx",
    });
  });

  it("names every bad field", () => {
    const errors = (input: Record<string, unknown>) => {
      try {
        parseDeliverySchedule(input);
      } catch (error) {
        if (error instanceof ValidationError) return error.fieldErrors;
      }
      return null;
    };
    expect(errors({ ...form, deliveryWeekday: "8", deliveryTime: "25:00", deliveryFormat: "pdf" })).toEqual({
      deliveryWeekday: "deliveryWeekdayRequired",
      deliveryTime: "deliveryTimeInvalid",
      deliveryFormat: "deliveryFormatRequired",
    });
    expect(errors({ ...form, deliveryFrequency: "monthly", deliveryMonthDay: "0" })).toEqual({
      deliveryMonthDay: "deliveryMonthDayRequired",
    });
    expect(errors({ ...form, deliveryFrequency: ["daily"] })).toEqual({
      deliveryFrequency: "deliveryFrequencyRequired",
    });
  });
});
