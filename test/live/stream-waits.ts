import { vi } from "vitest";
import { RECHECK_MS } from "@/lib/live/event-stream";

/**
 * Until `condition` holds: a stream read in the background announces nothing, so vitest asks again
 * at its own interval; fails naming `what`.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 3_000) {
  await vi.waitFor(
    async () => {
      if (!(await condition())) throw new Error(`timed out waiting until ${what}`);
    },
    { timeout },
  );
}

/**
 * An open stream asks whether its reader may still read at most every RECHECK_MS: move the clock
 * past that instead of waiting it out. Only Date is faked, and it keeps running; the test file
 * returns to the real clock after each test (vi.useRealTimers).
 */
export function pastAccessRecheck() {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(Date.now() + RECHECK_MS);
}
