import { TZDate, tzOffset } from "@date-fns/tz";
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

/** One stretch of a period that lies in a single group: [from, to). */
export type TimeBucketInterval = { key: string; from: Date; to: Date };

/**
 * A period cut into the stretches that each lie in one group of `timeBucketOf`, in time order, with
 * neither gaps nor overlaps: what time-weighted figures (time signed in) are clipped to. A day is
 * one stretch of 23, 24 or 25 hours; an hour of the day or a weekday has one stretch per day. The
 * hour repeated when the clock is turned back is two stretches with the same key (the clock reads
 * it twice); apart from that, neighbouring stretches have different keys.
 */
export function timeBucketIntervals(
  period: ResolvedPeriod,
  grouping: TimeGrouping,
  timeZone: string,
): TimeBucketInterval[] {
  const intervals: TimeBucketInterval[] = [];
  for (const stretch of stretchesOfOneOffset(period, timeZone))
    for (let from = stretch.from; from < stretch.to;) {
      const to = Math.min(nextGroupStart(from, stretch.offsetMs, grouping), stretch.to);
      const key = timeBucketOf(new Date(from), grouping, timeZone);
      const last = intervals.at(-1);
      const repeatedHour = grouping === "hourOfDay" && from === stretch.from && stretch.turnedBack;
      if (last?.key === key && last.to.getTime() === from && !repeatedHour) last.to = new Date(to);
      else intervals.push({ key, from: new Date(from), to: new Date(to) });
      from = to;
    }
  return intervals;
}

/**
 * The key of the interval `at` lies in, among a period's intervals from timeBucketIntervals: what
 * timeBucketOf gives, found by halving instead of a time-zone formatting per instant (some 30 µs
 * each), for the thousands of events of a long period. Null outside the intervals.
 */
export function timeBucketAmong(intervals: readonly TimeBucketInterval[], at: Date): string | null {
  const t = at.getTime();
  if (intervals.length === 0 || t < intervals[0]!.from.getTime() || t >= intervals.at(-1)!.to.getTime()) return null;
  let [low, high] = [0, intervals.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (intervals[middle]!.from.getTime() <= t) low = middle;
    else high = middle - 1;
  }
  return intervals[low]!.key;
}

const HOUR_MS = 3_600_000;

/**
 * Where the next group begins after `at`, on a clock `offsetMs` ahead of UTC. Within a stretch of
 * one offset the viewer's clock is UTC shifted by it, so plain UTC calendar arithmetic is exact
 * (TZDate with a fixed offset would do the same, but Node 20's Intl has no such zones: 0.4 ms a date).
 */
function nextGroupStart(at: number, offsetMs: number, grouping: TimeGrouping): number {
  const local = new Date(at + offsetMs);
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  const localStart =
    grouping === "hourOfDay"
      ? (Math.floor(local.getTime() / HOUR_MS) + 1) * HOUR_MS
      : grouping === "week"
        ? Date.UTC(year, month, day + 8 - (local.getUTCDay() || 7))
        : grouping === "month"
          ? Date.UTC(year, month + 1, 1)
          : Date.UTC(year, month, day + 1);
  return localStart - offsetMs;
}

type OffsetStretch = { from: number; to: number; offsetMs: number; turnedBack: boolean };

/**
 * The period split where the zone's offset changes (the clock is turned), each stretch with its
 * offset. Changes are looked for a day apart and then pinned to the millisecond: no zone turns its
 * clock twice within a day.
 */
function stretchesOfOneOffset(period: ResolvedPeriod, timeZone: string): OffsetStretch[] {
  const offsetAt = (at: number) => tzOffset(timeZone, new Date(at)) * 60_000;
  const [start, end] = [period.from.getTime(), period.to.getTime()];
  const stretches: OffsetStretch[] = [];
  let current = { from: start, offsetMs: offsetAt(start), turnedBack: false };
  for (let probe = start; probe < end;) {
    const next = Math.min(probe + 24 * HOUR_MS, end - 1);
    if (next <= probe) break;
    if (offsetAt(next) !== current.offsetMs) {
      // The first instant with the new offset: offsetAt(low) is the old one, offsetAt(high) is not.
      let [low, high] = [probe, next];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(middle) === current.offsetMs) low = middle;
        else high = middle;
      }
      stretches.push({ ...current, to: high });
      const offsetMs = offsetAt(high);
      current = { from: high, offsetMs, turnedBack: offsetMs < current.offsetMs };
      probe = high;
    } else probe = next;
  }
  stretches.push({ ...current, to: end });
  return stretches;
}
