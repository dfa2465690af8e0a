import type { HolidayDate } from "./set-input";
import { WEEKDAYS, type Week } from "./weekdays";

/**
 * The business-hours forms as flat name → value records, the way FormData and FormState carry them:
 * `week.mon.mode`, `week.mon.0.from`, `dates.0.startDate`, `portal.<id>` = "on", … Field errors use
 * the same names, so each error lands next to its input. The actions read a submitted form with
 * set-form-fields.ts.
 */
export type FormValues = Record<string, string>;

/** Time ranges one day may have (the form never sends more). */
export const MAX_RANGE_ROWS = 48;
const MIN_DATE_ROWS = 3;
export const MAX_DATE_ROWS = 500;

/** How many rows of a repeated group (`prefix.N.…`) the values hold. */
export function rowsIn(values: FormValues, prefix: string): number {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
  return Object.keys(values).reduce((max, key) => {
    const match = pattern.exec(key);
    return match ? Math.max(max, Number(match[1]) + 1) : max;
  }, 0);
}

type Common = {
  name: string;
  timeZone: string;
  closedMessageDe: string;
  closedMessageEn: string;
  portalIds: string[];
};

function commonValues(set: Common): FormValues {
  return {
    name: set.name,
    timeZone: set.timeZone,
    closedMessageDe: set.closedMessageDe,
    closedMessageEn: set.closedMessageEn,
    ...Object.fromEntries(set.portalIds.map((id) => [`portal.${id}`, "on"])),
  };
}

/** A stored set as the form's starting values. A time input cannot show 24:00, so midnight is 00:00. */
export function hoursSetFormValues(set: Common & { week: Week }): FormValues {
  const values = commonValues(set);
  set.week.forEach((day, index) => {
    const weekday = WEEKDAYS[index]!;
    values[`week.${weekday}.mode`] = day.mode;
    day.ranges.forEach((range, row) => {
      values[`week.${weekday}.${row}.from`] = range.from;
      values[`week.${weekday}.${row}.to`] = range.to === "24:00" ? "00:00" : range.to;
    });
  });
  return values;
}

export function holidaySetFormValues(set: Common & { dates: HolidayDate[] }): FormValues {
  const values = commonValues(set);
  set.dates.forEach((date, row) => {
    values[`dates.${row}.name`] = date.name;
    values[`dates.${row}.startDate`] = date.startDate;
    values[`dates.${row}.endDate`] = date.endDate === date.startDate ? "" : date.endDate;
    if (date.everyYear) values[`dates.${row}.everyYear`] = "on";
  });
  return values;
}

/**
 * Range rows to show for a day: exactly those it has. A closed or open day shows none, so a new
 * set is seven choices rather than dozens of empty time inputs; "Zeitraum hinzufügen" adds a row.
 */
export function rangeRowsToShow(values: FormValues, day: string): number {
  return Math.min(MAX_RANGE_ROWS, rowsIn(values, `week.${day}`));
}

/** Date rows to show: the form's own count after a submit ("Weitere Termine" raises it), else the dates plus two. */
export function dateRowsToShow(values: FormValues, submitted: boolean): number {
  const counted = Number(values.dateRows);
  const rows = submitted && Number.isInteger(counted) ? counted : rowsIn(values, "dates") + 2;
  return Math.min(MAX_DATE_ROWS, Math.max(MIN_DATE_ROWS, rows, rowsIn(values, "dates")));
}
