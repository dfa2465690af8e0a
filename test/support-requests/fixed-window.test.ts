import { describe, expect, it } from "vitest";
import { decideFixedWindow } from "@/lib/rate-limit/fixed-window";

const rule = { limit: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 27, 12, 0, seconds));

describe("decideFixedWindow", () => {
  it("opens a window with the first attempt and counts up to the limit", () => {
    const first = decideFixedWindow(null, rule, at(0));
    expect(first).toEqual({
      allowed: true,
      state: { count: 1, windowStart: at(0) },
      retryAfterMs: 60_000,
    });
    const third = decideFixedWindow({ count: 2, windowStart: at(0) }, rule, at(30));
    expect(third).toMatchObject({ allowed: true, state: { count: 3, windowStart: at(0) } });
  });

  it("refuses past the limit without counting, until the window ends", () => {
    const refused = decideFixedWindow({ count: 3, windowStart: at(0) }, rule, at(59));
    expect(refused).toEqual({
      allowed: false,
      state: { count: 3, windowStart: at(0) },
      retryAfterMs: 1_000,
    });
    const next = decideFixedWindow({ count: 3, windowStart: at(0) }, rule, at(60));
    expect(next).toMatchObject({ allowed: true, state: { count: 1, windowStart: at(60) } });
  });
});
