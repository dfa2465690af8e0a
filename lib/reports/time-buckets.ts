import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, format, startOfDay, startOfMonth, startOfWeek } from "date-fns";
import type { ResolvedPeriod } from "./period";

/** The manual's groupings by time; the others (agent, team, portal) group by who and where. */
export const TIME_GROUPINGS = ["day", "week", "month", "hourOfDay", "weekday"] as const;
export type TimeGrouping = (typeof TIME_GROUPINGS)[number];

/**
 * The group an instant falls into, as the viewer's clock in `timeZone` has it: a day
 * ("2026-03-29"), a week by its Monday ("2026-03-23"), a month ("2026-03"), an hour of the day
 * ("00"–"23") or a weekday ("1" Monday – "7" Sunday, ISO). Keys sort in time order.
 */
export function timeBucketOf(at: Date, grouping: TimeGrouping, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  switch (grouping) {
    case "day":
      return format(local, "yyyy-MM-dd");
    case "week":
      return format(startOfWeek(local, { weekStartsOn: 1 }), "yyyy-MM-dd");
    case "month":
      return format(local, "yyyy-MM");
    case "hourOfDay":
      return format(local, "HH");
    case "weekday":
      return format(local, "i");
  }
}

/**
 * Every group of a report's period in order, also those without a single session (a chart with a
 * gap says "nothing happened", not "no data"): days, weeks and months the period touches; all 24
 * hours; all seven weekdays.
 */
export function timeBucketsIn(period: ResolvedPeriod, grouping: TimeGrouping, timeZone: string): string[] {
  if (grouping === "hourOfDay") return Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, "0"));
  if (grouping === "weekday") return ["1", "2", "3", "4", "5", "6", "7"];
  const from = new TZDate(period.from.getTime(), timeZone);
  const first =
    grouping === "day"
      ? startOfDay(from)
      : grouping === "week"
        ? startOfWeek(from, { weekStartsOn: 1 })
        : startOfMonth(from);
  const next = grouping === "day" ? addDays : grouping === "week" ? addWeeks : addMonths;
  const keys: string[] = [];
  for (let at = first; at.getTime() < period.to.getTime(); at = next(at, 1))
    keys.push(timeBucketOf(new Date(at.getTime()), grouping, timeZone));
  return keys;
}
