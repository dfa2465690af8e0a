import { TZDate } from "@date-fns/tz";
import type { ResolvedPeriod } from "@/lib/reports/period";

/**
 * A monthly report's months are calendar months of its owner's clock (decision record 25), keyed
 * "2026-11". A month begins at local midnight of its first day and ends where the next begins, so
 * the month of a clock change is an hour shorter or longer than its days times 24; the arithmetic is
 * `TZDate`'s (decision record 20), never the server's clock.
 */
export type MonthKey = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month a string names, or null for anything that is not "YYYY-MM" with a real month. */
export function parseMonth(value: unknown): MonthKey | null {
  if (typeof value !== "string") return null;
  const match = MONTH.exec(value.trim());
  return match ? `${match[1]}-${match[2]}` : null;
}

const parts = (month: MonthKey) => {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return { year, index: number - 1 };
};

const keyOf = (year: number, index: number): MonthKey => {
  const date = new Date(Date.UTC(year, index, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
};

/** The month before or after (`by` months). */
export function shiftMonth(month: MonthKey, by: number): MonthKey {
  const { year, index } = parts(month);
  return keyOf(year, index + by);
}

/** The instants of a month on the clock of `timeZone`: from its first local midnight to the next month's. */
export function monthPeriod(month: MonthKey, timeZone: string): ResolvedPeriod {
  const { year, index } = parts(month);
  return {
    from: new Date(new TZDate(year, index, 1, timeZone).getTime()),
    to: new Date(new TZDate(year, index + 1, 1, timeZone).getTime()),
  };
}

/** The month an instant falls in on the clock of `timeZone`. */
export function monthOf(at: Date, timeZone: string): MonthKey {
  const local = new TZDate(at.getTime(), timeZone);
  return keyOf(local.getFullYear(), local.getMonth());
}

/** The last month that has ended at `now` on the clock of `timeZone`. */
export const lastEndedMonth = (timeZone: string, now: Date): MonthKey => shiftMonth(monthOf(now, timeZone), -1);

/** How long a month's result is kept: a year after the month ended (the manual: "für bis zu 1 Jahr"). */
export function expiryOf(month: MonthKey, timeZone: string): Date {
  return monthPeriod(shiftMonth(month, 12), timeZone).to;
}

/**
 * The months a monthly report created at `createdAt` owes at `now`: the last month that had ended
 * when it was created (so its list is not empty for a month) and every month that ended since —
 * but none whose year of keeping is over already. Oldest first.
 */
export function dueMonths(createdAt: Date, now: Date, timeZone: string): MonthKey[] {
  const last = lastEndedMonth(timeZone, now);
  let month = lastEndedMonth(timeZone, createdAt);
  const months: MonthKey[] = [];
  for (; month <= last; month = shiftMonth(month, 1)) {
    if (expiryOf(month, timeZone).getTime() > now.getTime()) months.push(month);
  }
  return months;
}
