import { clockParts } from "@/lib/i18n/clock-parts";
import { MINUTES_PER_DAY, minutesOf, spanOf, type Week } from "./week";

export type LocalizedMessage = { de: string; en: string };

/** A business-hours set as isOpen needs it. */
export type HoursRule = { timeZone: string; week: Week; closedMessage: LocalizedMessage };

/** "YYYY-MM-DD", inclusive; with everyYear only month and day count. */
export type HolidayRule = { name: string; startDate: string; endDate: string; everyYear: boolean };

export type HolidaySetRule = {
  timeZone: string;
  closedMessage: LocalizedMessage;
  dates: HolidayRule[];
};

/** The sets assigned to one portal, in display order (the first hours set gives the closed message). */
export type PortalSchedule = { hours: HoursRule[]; holidays: HolidaySetRule[] };

export type OpeningState =
  | { open: true }
  | {
      open: false;
      reason: "hours" | "holiday";
      closedMessage: LocalizedMessage;
      holidayName?: string;
    };

/**
 * Whether a portal takes requests at `at`. Pure: everything it needs is in its arguments.
 *
 * - A holiday set closes the portal on its dates (calendar days in the holiday set's zone), whatever
 *   the hours say.
 * - Otherwise the portal is open when it has no hours sets, or when any of its sets is open: several
 *   sets add up (a union), e.g. a weekday set and a weekend set.
 * - Hours are wall-clock times in the set's zone. Across a DST change a range covers whatever wall
 *   times exist: on the spring-forward day 02:00–03:00 never happens, in the autumn the repeated
 *   hour is open both times it occurs (docs/decisions/0007-business-hours.md).
 */
export function isOpen(schedule: PortalSchedule, at: Date): OpeningState {
  for (const set of schedule.holidays) {
    const { date } = wallClock(set.timeZone, at);
    const holiday = set.dates.find((rule) => holidayCovers(rule, date));
    if (holiday)
      return {
        open: false,
        reason: "holiday",
        closedMessage: set.closedMessage,
        holidayName: holiday.name,
      };
  }
  if (schedule.hours.length === 0 || schedule.hours.some((set) => hoursOpen(set, at))) return { open: true };
  return { open: false, reason: "hours", closedMessage: schedule.hours[0]!.closedMessage };
}

/** Whether one set is open at `at`, judged by the wall clock in its zone. */
function hoursOpen(set: Pick<HoursRule, "timeZone" | "week">, at: Date): boolean {
  const { weekday, minute } = wallClock(set.timeZone, at);
  const today = set.week[weekday];
  if (today?.mode === "open") return true;
  if (today?.mode === "ranges" && today.ranges.some((r) => spanOf(r).start <= minute && minute < spanOf(r).end))
    return true;
  // Yesterday's ranges past midnight reach into today, whatever today's own mode is: they belong to yesterday.
  const yesterday = set.week[(weekday + 6) % 7];
  return (
    yesterday?.mode === "ranges" &&
    yesterday.ranges.some((r) => spanOf(r).pastMidnight && minute + MINUTES_PER_DAY < spanOf(r).end)
  );
}

/**
 * Whether a holiday rule covers a calendar day. A yearly rule compares month and day only, so a
 * yearly range may run across new year (24.12.–01.01.). A yearly 29 Feb applies only in leap years:
 * in other years there is no such day, and we do not move it to 28 Feb or 1 Mar.
 */
function holidayCovers(rule: HolidayRule, date: string): boolean {
  if (!rule.everyYear) return rule.startDate <= date && date <= rule.endDate;
  const day = date.slice(5);
  const start = rule.startDate.slice(5);
  const end = rule.endDate.slice(5);
  return start <= end ? start <= day && day <= end : day >= start || day <= end;
}

export type WallClock = {
  /** "YYYY-MM-DD" */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Minutes after midnight. */
  minute: number;
};

/** The calendar day, weekday and time of day that a clock in `timeZone` shows at `at`. */
export function wallClock(timeZone: string, at: Date): WallClock {
  const parts = clockParts(timeZone, at);
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const date = `${String(year).padStart(4, "0")}-${parts.month}-${parts.day}`;
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { date, weekday, minute: minutesOf(`${parts.hour}:${parts.minute}`) };
}
