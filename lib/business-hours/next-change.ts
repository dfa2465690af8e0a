import type { OpeningState } from "./is-open";

const STEP_MS = 15 * 60_000;
const MINUTE_MS = 60_000;
/** Look this far ahead; a portal that does not change within a week is "open" or "closed" without a time. */
const HORIZON_MS = 8 * 24 * 60 * 60_000;

/**
 * When a portal's opening state next changes after `now`: the first minute whose state differs.
 * It walks in quarter hours and then minute by minute within the quarter that changed — so a
 * break shorter than a quarter hour that starts and ends inside one quarter is not reported (it is
 * still honoured by the portal itself, which asks isOpen for the very moment).
 */
export function nextOpeningChange(stateAt: (at: Date) => OpeningState, now: Date): Date | null {
  const start = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const openNow = stateAt(now).open;
  for (let t = start + STEP_MS; t <= start + HORIZON_MS; t += STEP_MS) {
    if (stateAt(new Date(t)).open === openNow) continue;
    for (let m = t - STEP_MS + MINUTE_MS; m <= t; m += MINUTE_MS) {
      if (stateAt(new Date(m)).open !== openNow) return new Date(m);
    }
  }
  return null;
}
