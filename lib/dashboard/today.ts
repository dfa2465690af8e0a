import { wallClock } from "@/lib/business-hours/is-open";

/**
 * The instant today began in `timeZone` (the viewer's), DST-correct: on the day a clock is turned,
 * midnight is not "now minus the minutes shown".
 */
export function startOfToday(timeZone: string, now: Date): Date {
  const shown = wallClock(timeZone, now);
  const guess = new Date(now.getTime() - shown.minute * 60_000 - (now.getTime() % 60_000));
  for (const shift of [0, -60, 60]) {
    const candidate = new Date(guess.getTime() + shift * 60_000);
    const clock = wallClock(timeZone, candidate);
    if (clock.date === shown.date && clock.minute === 0) return candidate;
  }
  return guess;
}
