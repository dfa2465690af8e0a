import { type DayHours, WEEKDAYS, type Week, type Weekday } from "./week";

/** Consecutive days with the same hours, e.g. Mon–Fri 09:00–17:00 · Sat 10:00–14:00 · Sun closed. */
export type DayGroup = { first: Weekday; last: Weekday; hours: DayHours };

function sameHours(a: DayHours, b: DayHours): boolean {
  return (
    a.mode === b.mode &&
    a.ranges.length === b.ranges.length &&
    a.ranges.every((r, i) => r.from === b.ranges[i]!.from && r.to === b.ranges[i]!.to)
  );
}

export function summarizeWeek(week: Week): DayGroup[] {
  const groups: DayGroup[] = [];
  WEEKDAYS.forEach((day, index) => {
    const hours = week[index] ?? { mode: "closed", ranges: [] };
    const last = groups.at(-1);
    if (last && sameHours(last.hours, hours)) last.last = day;
    else groups.push({ first: day, last: day, hours });
  });
  return groups;
}
