import { describe, expect, it } from "vitest";
import { type HolidayRule, type HoursRule, isOpen, type PortalSchedule, wallClock } from "./is-open";
import { parseWeek, type Week, type Weekday, WEEKDAYS } from "./week";

type DaySpec = "open" | "closed" | [string, string][];

function weekOf(spec: Partial<Record<Weekday, DaySpec>>): Week {
  const parsed = parseWeek(
    WEEKDAYS.map((day) => {
      const value = spec[day] ?? "closed";
      return typeof value === "string"
        ? { mode: value }
        : { mode: "ranges", ranges: value.map(([from, to]) => ({ from, to })) };
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.week;
}

const hours = (timeZone: string, spec: Partial<Record<Weekday, DaySpec>>, message = "hours"): HoursRule => ({
  timeZone,
  week: weekOf(spec),
  closedMessage: { de: `${message} (de)`, en: message },
});

const holidays = (timeZone: string, dates: HolidayRule[], message = "holiday") => ({
  timeZone,
  dates,
  closedMessage: { de: `${message} (de)`, en: message },
});

const only = (...sets: HoursRule[]): PortalSchedule => ({ hours: sets, holidays: [] });

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";

type Row = [description: string, schedule: PortalSchedule, at: string, open: boolean];

function table(rows: Row[]) {
  it.each(rows)("%s", (_description, schedule, at, open) => {
    expect(isOpen(schedule, new Date(at)).open).toBe(open);
  });
}

describe("wallClock", () => {
  it.each([
    [BERLIN, "2026-03-29T00:59:00Z", { date: "2026-03-29", weekday: 6, minute: 1 * 60 + 59 }],
    [BERLIN, "2026-03-29T01:00:00Z", { date: "2026-03-29", weekday: 6, minute: 3 * 60 }],
    [NEW_YORK, "2026-11-01T05:30:00Z", { date: "2026-11-01", weekday: 6, minute: 1 * 60 + 30 }],
    [NEW_YORK, "2026-11-01T06:30:00Z", { date: "2026-11-01", weekday: 6, minute: 1 * 60 + 30 }],
    [BERLIN, "2028-02-29T11:00:00Z", { date: "2028-02-29", weekday: 1, minute: 12 * 60 }],
    [BERLIN, "2026-11-29T23:00:00Z", { date: "2026-11-30", weekday: 0, minute: 0 }],
    ["UTC", "2026-12-31T23:59:59Z", { date: "2026-12-31", weekday: 3, minute: 23 * 60 + 59 }],
  ])("%s at %s", (zone, at, expected) => {
    expect(wallClock(zone, new Date(at))).toEqual(expected);
  });
});

describe("isOpen: Europe/Berlin, spring forward on Sunday 2026-03-29 (02:00 CET → 03:00 CEST)", () => {
  const acrossGap = only(hours(BERLIN, { sun: [["01:00", "02:30"]] }));
  const inGap = only(hours(BERLIN, { sun: [["02:00", "03:00"]] }));
  const intoGap = only(hours(BERLIN, { sun: [["02:30", "04:00"]] }));
  table([
    ["01:00–02:30: closed at 00:59", acrossGap, "2026-03-28T23:59:00Z", false],
    ["01:00–02:30: open at 01:30 CET", acrossGap, "2026-03-29T00:30:00Z", true],
    ["01:00–02:30: open at 01:59 CET", acrossGap, "2026-03-29T00:59:00Z", true],
    ["01:00–02:30: closed at 03:00 CEST, the clock skipped 02:00–02:30", acrossGap, "2026-03-29T01:00:00Z", false],
    ["02:00–03:00 never happens: closed at 01:59 CET", inGap, "2026-03-29T00:59:00Z", false],
    ["02:00–03:00 never happens: closed at 03:00 CEST", inGap, "2026-03-29T01:00:00Z", false],
    ["02:30–04:00: closed at 01:59 CET", intoGap, "2026-03-29T00:59:00Z", false],
    ["02:30–04:00: opens at 03:00 CEST", intoGap, "2026-03-29T01:00:00Z", true],
    ["02:30–04:00: closed at 04:00 CEST", intoGap, "2026-03-29T02:00:00Z", false],
  ]);
});

describe("isOpen: Europe/Berlin, fall back on Sunday 2026-10-25 (03:00 CEST → 02:00 CET)", () => {
  const repeated = only(hours(BERLIN, { sun: [["02:00", "02:30"]] }));
  const around = only(hours(BERLIN, { sun: [["01:00", "03:00"]] }));
  table([
    ["02:00–02:30: open at 02:00 CEST", repeated, "2026-10-25T00:00:00Z", true],
    ["02:00–02:30: open at 02:29 CEST", repeated, "2026-10-25T00:29:00Z", true],
    ["02:00–02:30: closed at 02:30 CEST", repeated, "2026-10-25T00:30:00Z", false],
    ["02:00–02:30: open again at 02:00 CET", repeated, "2026-10-25T01:00:00Z", true],
    ["02:00–02:30: open at 02:15 CET", repeated, "2026-10-25T01:15:00Z", true],
    ["02:00–02:30: closed at 02:30 CET", repeated, "2026-10-25T01:30:00Z", false],
    ["01:00–03:00 lasts three hours: open at 01:00 CEST", around, "2026-10-24T23:00:00Z", true],
    ["01:00–03:00: open at 02:59 CET", around, "2026-10-25T01:59:00Z", true],
    ["01:00–03:00: closed at 03:00 CET", around, "2026-10-25T02:00:00Z", false],
  ]);
});

describe("isOpen: America/New_York, spring forward on Sunday 2026-03-08 (02:00 EST → 03:00 EDT)", () => {
  const acrossGap = only(hours(NEW_YORK, { sun: [["01:30", "02:30"]] }));
  const saturdayNight = only(hours(NEW_YORK, { sat: [["22:00", "02:00"]] }));
  table([
    ["01:30–02:30: open at 01:30 EST", acrossGap, "2026-03-08T06:30:00Z", true],
    ["01:30–02:30: open at 01:59 EST", acrossGap, "2026-03-08T06:59:00Z", true],
    ["01:30–02:30: closed at 03:00 EDT", acrossGap, "2026-03-08T07:00:00Z", false],
    ["Sat 22:00–02:00: open Saturday 22:00 EST", saturdayNight, "2026-03-08T03:00:00Z", true],
    ["Sat 22:00–02:00: open Sunday 01:59 EST", saturdayNight, "2026-03-08T06:59:00Z", true],
    ["Sat 22:00–02:00: closed Sunday 03:00 EDT (02:00 never came)", saturdayNight, "2026-03-08T07:00:00Z", false],
    ["Sat 22:00–02:00: closed Saturday 21:59 EST", saturdayNight, "2026-03-08T02:59:00Z", false],
  ]);
});

describe("isOpen: America/New_York, fall back on Sunday 2026-11-01 (02:00 EDT → 01:00 EST)", () => {
  const repeated = only(hours(NEW_YORK, { sun: [["01:00", "01:30"]] }));
  const evening = only(hours(NEW_YORK, { sat: [["20:00", "01:30"]] }));
  table([
    ["01:00–01:30: open at 01:00 EDT", repeated, "2026-11-01T05:00:00Z", true],
    ["01:00–01:30: closed at 01:30 EDT", repeated, "2026-11-01T05:30:00Z", false],
    ["01:00–01:30: open again at 01:00 EST", repeated, "2026-11-01T06:00:00Z", true],
    ["01:00–01:30: open at 01:29 EST", repeated, "2026-11-01T06:29:00Z", true],
    ["01:00–01:30: closed at 01:30 EST", repeated, "2026-11-01T06:30:00Z", false],
    ["Sat 20:00–01:30 past midnight: open at 01:15 EDT", evening, "2026-11-01T05:15:00Z", true],
    ["Sat 20:00–01:30: closed at 01:45 EDT", evening, "2026-11-01T05:45:00Z", false],
    ["Sat 20:00–01:30: open again at 01:15 EST", evening, "2026-11-01T06:15:00Z", true],
  ]);
});

describe("isOpen: ranges past midnight", () => {
  const fridayNight = only(hours(BERLIN, { fri: [["22:00", "02:00"]], sat: "closed" }));
  const sundayNight = only(hours(BERLIN, { sun: [["22:00", "06:00"]], mon: "closed" }));
  const untilMidnight = only(hours(BERLIN, { fri: [["18:00", "24:00"]] }));
  const endAtZero = only(hours(BERLIN, { fri: [["18:00", "00:00"]] }));
  table([
    ["Fri 22:00–02:00: closed Friday 21:59", fridayNight, "2026-11-27T20:59:00Z", false],
    ["Fri 22:00–02:00: open Friday 22:00", fridayNight, "2026-11-27T21:00:00Z", true],
    [
      "Fri 22:00–02:00: open Saturday 01:59 although Saturday is closed all day",
      fridayNight,
      "2026-11-28T00:59:00Z",
      true,
    ],
    ["Fri 22:00–02:00: closed Saturday 02:00", fridayNight, "2026-11-28T01:00:00Z", false],
    [
      "Fri 22:00–02:00: closed Friday 01:00 (the range starts Friday evening)",
      fridayNight,
      "2026-11-27T00:00:00Z",
      false,
    ],
    ["Sun 22:00–06:00: closed Sunday 21:59", sundayNight, "2026-11-29T20:59:00Z", false],
    ["Sun 22:00–06:00: open Sunday 22:00", sundayNight, "2026-11-29T21:00:00Z", true],
    ["Sun 22:00–06:00: open Monday 00:00 (the week wraps)", sundayNight, "2026-11-29T23:00:00Z", true],
    ["Sun 22:00–06:00: open Monday 05:59", sundayNight, "2026-11-30T04:59:00Z", true],
    ["Sun 22:00–06:00: closed Monday 06:00", sundayNight, "2026-11-30T05:00:00Z", false],
    ["Fri 18:00–24:00: open Friday 23:59", untilMidnight, "2026-11-27T22:59:00Z", true],
    ["Fri 18:00–24:00: closed Saturday 00:00", untilMidnight, "2026-11-27T23:00:00Z", false],
    ["Fri 18:00–00:00 means until midnight: open Friday 23:59", endAtZero, "2026-11-27T22:59:00Z", true],
    ["Fri 18:00–00:00: closed Saturday 00:00", endAtZero, "2026-11-27T23:00:00Z", false],
  ]);
});

describe("isOpen: split shifts, whole days, several sets", () => {
  const split = only(
    hours(BERLIN, {
      mon: [
        ["09:00", "12:00"],
        ["13:00", "17:00"],
      ],
    }),
  );
  const days = only(hours(BERLIN, { tue: "open", wed: "closed" }));
  const union = only(
    hours(BERLIN, { mon: [["09:00", "17:00"]] }, "weekdays"),
    hours(NEW_YORK, { sat: [["10:00", "14:00"]] }, "weekend"),
  );
  table([
    ["split: closed Monday 08:59", split, "2026-11-30T07:59:00Z", false],
    ["split: open Monday 09:00", split, "2026-11-30T08:00:00Z", true],
    ["split: open Monday 11:59", split, "2026-11-30T10:59:00Z", true],
    ["split: closed over lunch at 12:00", split, "2026-11-30T11:00:00Z", false],
    ["split: closed over lunch at 12:59", split, "2026-11-30T11:59:00Z", false],
    ["split: open again at 13:00", split, "2026-11-30T12:00:00Z", true],
    ["split: open at 16:59", split, "2026-11-30T15:59:00Z", true],
    ["split: closed at 17:00", split, "2026-11-30T16:00:00Z", false],
    ["open all day: open Tuesday 00:00", days, "2026-11-30T23:00:00Z", true],
    ["open all day: open Tuesday 23:59", days, "2026-12-01T22:59:00Z", true],
    ["closed all day: closed Wednesday 12:00", days, "2026-12-02T11:00:00Z", false],
    ["union: open by the first set on Monday 10:00 in Berlin", union, "2026-11-30T09:00:00Z", true],
    ["union: open by the second set on Saturday 10:00 in New York", union, "2026-12-05T15:00:00Z", true],
    ["union: closed Saturday 09:59 in New York", union, "2026-12-05T14:59:00Z", false],
    ["no hours sets at all: open", { hours: [], holidays: [] }, "2026-12-05T14:59:00Z", true],
  ]);

  it("gives the first set's closed message when several sets are closed", () => {
    expect(isOpen(union, new Date("2026-12-02T11:00:00Z"))).toEqual({
      open: false,
      reason: "hours",
      closedMessage: { de: "weekdays (de)", en: "weekdays" },
    });
  });
});

describe("isOpen: holidays", () => {
  const alwaysOpen = hours(BERLIN, {
    mon: "open",
    tue: "open",
    wed: "open",
    thu: "open",
    fri: "open",
    sat: "open",
    sun: "open",
  });
  const christmas = holidays(BERLIN, [
    { name: "Weihnachten", startDate: "2026-12-24", endDate: "2027-01-01", everyYear: true },
  ]);
  const once = holidays(BERLIN, [{ name: "Umzug", startDate: "2026-12-24", endDate: "2027-01-01", everyYear: false }]);
  const independence = holidays(NEW_YORK, [
    { name: "Independence Day", startDate: "2026-07-04", endDate: "2026-07-04", everyYear: true },
  ]);
  const leapDay = holidays(BERLIN, [
    { name: "Schalttag", startDate: "2028-02-29", endDate: "2028-02-29", everyYear: false },
  ]);
  const yearlyLeapDay = holidays(BERLIN, [
    { name: "Schalttag", startDate: "2024-02-29", endDate: "2024-02-29", everyYear: true },
  ]);
  const tuesdays = hours(BERLIN, { tue: [["09:00", "17:00"]] });
  const withHolidays = (...sets: ReturnType<typeof holidays>[]): PortalSchedule => ({
    hours: [alwaysOpen],
    holidays: sets,
  });
  table([
    ["yearly across new year: open 23.12. 23:59", withHolidays(christmas), "2026-12-23T22:59:00Z", true],
    ["yearly across new year: closed 24.12. 00:00", withHolidays(christmas), "2026-12-23T23:00:00Z", false],
    ["yearly across new year: closed 31.12.", withHolidays(christmas), "2026-12-31T12:00:00Z", false],
    ["yearly across new year: closed 01.01. 23:59", withHolidays(christmas), "2027-01-01T22:59:00Z", false],
    ["yearly across new year: open 02.01. 00:00", withHolidays(christmas), "2027-01-01T23:00:00Z", true],
    ["yearly across new year: closed again on 31.12.2030", withHolidays(christmas), "2030-12-31T12:00:00Z", false],
    [
      "yearly across new year: closed on 01.01.2025, before the first date entered",
      withHolidays(christmas),
      "2025-01-01T12:00:00Z",
      false,
    ],
    ["once across new year: closed 01.01.2027", withHolidays(once), "2027-01-01T12:00:00Z", false],
    ["once across new year: open 24.12.2027", withHolidays(once), "2027-12-24T12:00:00Z", true],
    [
      "holiday dates are days in the holiday set's zone: 4 July 23:00 in New York is closed",
      withHolidays(independence),
      "2026-07-05T03:00:00Z",
      false,
    ],
    [
      "… and 3 July 22:00 in New York is open, although it is 4 July in Berlin",
      withHolidays(independence),
      "2026-07-04T02:00:00Z",
      true,
    ],
    ["29 Feb 2028 (leap year): closed", withHolidays(leapDay), "2028-02-29T11:00:00Z", false],
    ["29 Feb 2028: open the day before", withHolidays(leapDay), "2028-02-28T11:00:00Z", true],
    ["29 Feb 2028: open the day after", withHolidays(leapDay), "2028-03-01T11:00:00Z", true],
    ["yearly 29 Feb in 2027: not moved to 28 Feb", withHolidays(yearlyLeapDay), "2027-02-28T11:00:00Z", true],
    ["yearly 29 Feb in 2027: not moved to 1 Mar", withHolidays(yearlyLeapDay), "2027-03-01T11:00:00Z", true],
    ["yearly 29 Feb in 2028: closed", withHolidays(yearlyLeapDay), "2028-02-29T11:00:00Z", false],
    ["yearly 29 Feb in 2032: closed", withHolidays(yearlyLeapDay), "2032-02-29T11:00:00Z", false],
    ["29 Feb 2028 is a Tuesday: Tuesday hours apply at 10:00", only(tuesdays), "2028-02-29T09:00:00Z", true],
    ["29 Feb 2028: Tuesday hours closed at 17:00", only(tuesdays), "2028-02-29T16:00:00Z", false],
    [
      "29 Feb 2028: a leap-day holiday closes the Tuesday hours",
      { hours: [tuesdays], holidays: [leapDay] },
      "2028-02-29T09:00:00Z",
      false,
    ],
    [
      "a holiday closes a portal without hours sets",
      { hours: [], holidays: [christmas] },
      "2026-12-25T12:00:00Z",
      false,
    ],
    [
      "a holiday set without a matching date changes nothing",
      { hours: [], holidays: [leapDay] },
      "2026-12-25T12:00:00Z",
      true,
    ],
  ]);

  it("overrides open hours and reports the holiday set's message and the date's name", () => {
    expect(isOpen(withHolidays(leapDay, christmas), new Date("2026-12-25T12:00:00Z"))).toEqual({
      open: false,
      reason: "holiday",
      closedMessage: { de: "holiday (de)", en: "holiday" },
      holidayName: "Weihnachten",
    });
  });
});
