/** What a clock in some time zone shows, as two-digit text ("2026", "03", "29", "02", "05", "09"). */
export type ClockParts = Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day and time of day a clock in `timeZone` shows at `at`, from one formatter per zone
 * (made once: Intl formatters are costly to create) — for code that needs the parts, not a text in
 * the reader's style: business hours, exports.
 */
export function clockParts(timeZone: string, at: Date | number): ClockParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Partial<ClockParts> = {};
  for (const { type, value } of formatter.formatToParts(at)) {
    if (type in CLOCK_PART) parts[type as keyof ClockParts] = value;
  }
  return parts as ClockParts;
}

const CLOCK_PART = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
