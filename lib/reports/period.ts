import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, startOfDay, startOfMonth, subDays, subMonths } from "date-fns";
import { ValidationError } from "@/lib/errors/domain-errors";

/** The manual's "Zeitraum" choices; `custom` is "Start-/Enddatum". */
export const PERIODS = ["today", "yesterday", "last7Days", "last30Days", "thisMonth", "lastMonth", "custom"] as const;
export type PeriodKind = (typeof PERIODS)[number];

/** How long session data is kept, and so how far back a report may reach (the manual: 90 Tage). */
export const RETENTION_DAYS = 90;

/** A report's Zeitraum as chosen: a relative one is evaluated when the report runs (Meine Berichte). */
export type PeriodChoice =
  | { kind: Exclude<PeriodKind, "custom"> }
  /** Calendar days (YYYY-MM-DD) in the viewer's time zone, both included. */
  | { kind: "custom"; startDate: string; endDate: string };

/** The instants a report covers: from `from` (included) to `to` (excluded). */
export type ResolvedPeriod = { from: Date; to: Date };

/**
 * The instants of a Zeitraum for a viewer in `timeZone`, with days as that viewer's clock has them:
 * a day begins at local midnight and is 23 or 25 hours long when the clock is turned. "Letzte 7
 * Tage" and "Letzte 30 Tage" are whole days ending with today; months are calendar months. A range
 * that starts before the oldest kept day is refused with the manual's message, on the start date.
 */
export function resolvePeriod(choice: PeriodChoice, timeZone: string, now: Date): ResolvedPeriod {
  const period = periodInstants(choice, timeZone, now);
  if (period.from.getTime() < oldestReportableDay(timeZone, now).getTime())
    throw new ValidationError({ startDate: "reportPeriodTooFarBack" });
  return period;
}

/**
 * The same instants without the reports' limit: Sitzungsinformationen finds sessions of any age,
 * their facts are kept (only their content is forgotten).
 */
export function periodInstants(choice: PeriodChoice, timeZone: string, now: Date): ResolvedPeriod {
  return periodOf(choice, startOfDay(new TZDate(now.getTime(), timeZone)), timeZone);
}

/** The first day a report may include: session data older than RETENTION_DAYS days is gone. */
export function oldestReportableDay(timeZone: string, now: Date): Date {
  return toDate(subDays(startOfDay(new TZDate(now.getTime(), timeZone)), RETENTION_DAYS));
}

function periodOf(choice: PeriodChoice, today: TZDate, timeZone: string): ResolvedPeriod {
  const tomorrow = addDays(today, 1);
  switch (choice.kind) {
    case "today":
      return span(today, tomorrow);
    case "yesterday":
      return span(subDays(today, 1), today);
    case "last7Days":
      return span(subDays(today, 6), tomorrow);
    case "last30Days":
      return span(subDays(today, 29), tomorrow);
    case "thisMonth":
      return span(startOfMonth(today), addMonths(startOfMonth(today), 1));
    case "lastMonth":
      return span(subMonths(startOfMonth(today), 1), startOfMonth(today));
    case "custom": {
      const start = localDay(choice.startDate, timeZone);
      const end = localDay(choice.endDate, timeZone);
      if (!start || !end)
        throw new ValidationError({
          ...(start ? {} : { startDate: "reportDateInvalid" }),
          ...(end ? {} : { endDate: "reportDateInvalid" }),
        });
      if (end.getTime() < start.getTime()) throw new ValidationError({ endDate: "reportEndBeforeStart" });
      return span(start, addDays(end, 1));
    }
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a calendar day (YYYY-MM-DD) in `timeZone`; null for anything that is not a real day. */
export function localDay(value: string, timeZone: string): TZDate | null {
  const match = DAY.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new TZDate(year, month - 1, day, timeZone);
  // new TZDate rolls 2026-02-30 over into March: only a day that reads back the same is real.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

function span(from: TZDate, to: TZDate): ResolvedPeriod {
  return { from: toDate(from), to: toDate(to) };
}

const toDate = (value: Date) => new Date(value.getTime());
