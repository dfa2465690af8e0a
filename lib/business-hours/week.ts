import { z } from "zod";
import type { FieldErrors } from "@/lib/errors/error-key";
import { DAY_MODES, type TimeRange, type Week, WEEKDAYS, type Weekday } from "./weekdays";

export { WEEKDAYS } from "./weekdays";
export type { DayHours, TimeRange, Week, Weekday } from "./weekdays";

export const MINUTES_PER_DAY = 24 * 60;

const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** "HH:MM" as minutes after midnight (accepts "24:00" = 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Where a range lies on its own day's axis: [start, end) with end up to 48 h for ranges past midnight. */
export function spanOf(range: TimeRange): { start: number; end: number; pastMidnight: boolean } {
  const start = minutesOf(range.from);
  const to = minutesOf(range.to);
  return to > start
    ? { start, end: to, pastMidnight: false }
    : { start, end: to + MINUTES_PER_DAY, pastMidnight: true };
}

/** Browsers' time inputs send "HH:MM" or "HH:MM:SS"; seconds carry no meaning here. */
function normalizeTime(value: string): string {
  const trimmed = value.trim();
  return /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(trimmed) ? trimmed.slice(0, 5) : trimmed;
}

const rowSchema = z.object({
  from: z.string().max(20).default(""),
  to: z.string().max(20).default(""),
});
const dayInputSchema = z.object({
  mode: z.string().max(20).default("closed"),
  ranges: z.array(rowSchema).max(48).default([]),
});

/**
 * What the form sends: seven days, each a mode and range rows. Rows with both times empty are
 * ignored but keep their index, so an error names the row the person sees.
 */
export const weekInputSchema = z.array(dayInputSchema).length(7);
export type WeekInput = z.input<typeof weekInputSchema>;

export type WeekResult = { ok: true; week: Week } | { ok: false; fieldErrors: FieldErrors };

/** Field name of a day's mode radio group; day-level problems are reported there too. */
const modeField = (day: Weekday) => `week.${day}.mode`;
const rangeField = (day: Weekday, row: number, end: "from" | "to") => `week.${day}.${row}.${end}`;

/**
 * Validates a week. Error keys (namespace "Errors"): timeInvalid, required, timeRangeEmpty
 * (from = to), timeRangesOverlap (two ranges of one day share a minute), timeRangesMissing
 * ("times" chosen without a range), dayModeConflict (times typed, but "open/closed all day" chosen),
 * dayModeInvalid, weekInvalid (not seven days).
 */
export function parseWeek(input: unknown): WeekResult {
  const shape = weekInputSchema.safeParse(input);
  if (!shape.success) return { ok: false, fieldErrors: { week: "weekInvalid" } };
  const errors: FieldErrors = {};
  const week: Week = shape.data.map((day, index) => {
    const weekday = WEEKDAYS[index]!;
    const mode = DAY_MODES.find((m) => m === day.mode);
    if (!mode) {
      errors[modeField(weekday)] = "dayModeInvalid";
      return { mode: "closed", ranges: [] };
    }
    if (mode !== "ranges") {
      // Times typed next to "open/closed all day" would silently be dropped: ask instead.
      if (day.ranges.some((r) => r.from.trim() !== "" || r.to.trim() !== ""))
        errors[modeField(weekday)] = "dayModeConflict";
      return { mode, ranges: [] };
    }
    const ranges: { row: number; range: TimeRange }[] = [];
    day.ranges.forEach((row, rowIndex) => {
      const from = normalizeTime(row.from);
      const to = normalizeTime(row.to);
      if (from === "" && to === "") return;
      const fromField = rangeField(weekday, rowIndex, "from");
      const toField = rangeField(weekday, rowIndex, "to");
      const fromError = from === "" ? "rangeStartRequired" : START_TIME.test(from) ? null : "timeInvalid";
      const toError = to === "" ? "rangeEndRequired" : END_TIME.test(to) ? null : "timeInvalid";
      if (fromError) errors[fromField] = fromError;
      if (toError) errors[toField] = toError;
      if (fromError || toError) return;
      if (from === to) {
        errors[toField] = "timeRangeEmpty";
        return;
      }
      // A time input cannot show 24:00: an end of 00:00 means midnight, stored as 24:00.
      ranges.push({ row: rowIndex, range: { from, to: to === "00:00" ? "24:00" : to } });
    });
    if (ranges.length === 0 && !day.ranges.some((r) => r.from.trim() !== "" || r.to.trim() !== "")) {
      errors[modeField(weekday)] = "timeRangesMissing";
    }
    for (let i = 0; i < ranges.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = spanOf(ranges[i]!.range);
        const b = spanOf(ranges[j]!.range);
        if (a.start < b.end && b.start < a.end) {
          errors[rangeField(weekday, ranges[i]!.row, "from")] ??= "timeRangesOverlap";
          break;
        }
      }
    }
    const sorted = ranges.map((r) => r.range).sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    return { mode, ranges: sorted };
  });
  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, week };
}

/** A week with every day closed: what a new set starts from. */
export function closedWeek(): Week {
  return WEEKDAYS.map(() => ({ mode: "closed", ranges: [] }));
}

/** The stored JSON as a week. Only parseWeek's output is ever stored; a damaged value reads as closed days. */
export function storedWeek(json: string): Week {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return closedWeek();
  }
  const parsed = parseWeek(value);
  if (parsed.ok) return parsed.week;
  // Keep the days that are still readable.
  const days = Array.isArray(value) ? value : [];
  return WEEKDAYS.map((_, index) => {
    const single = parseWeek(WEEKDAYS.map((__, i) => (i === index ? days[index] : { mode: "closed" })));
    return single.ok ? single.week[index]! : { mode: "closed", ranges: [] };
  });
}
