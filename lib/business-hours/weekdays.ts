// The week's names and shapes without their validation: the week editor runs in the browser, and
// importing week.ts there would ship zod with it (about 30 KB gzip, decision record 17).

/** Monday first, as stored in BusinessHoursSet.week. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_MODES = ["open", "closed", "ranges"] as const;
export type DayMode = (typeof DAY_MODES)[number];

/** Wall-clock times "HH:MM"; `to` may be "24:00". A range whose `to` is earlier than `from` runs past midnight. */
export type TimeRange = { from: string; to: string };
export type DayHours = { mode: DayMode; ranges: TimeRange[] };
/** Seven days, Monday first. */
export type Week = DayHours[];
