import "server-only";
import type { Tx } from "@/lib/db/client";

export type RateLimitRule = { limit: number; windowMs: number };

export type WindowState = { count: number; windowStart: Date };

export type RateLimitDecision = { allowed: boolean; state: WindowState; retryAfterMs: number };

/**
 * One more attempt against a fixed window. Pure: given the stored window (or none), says whether the
 * attempt is allowed and what to store. A refused attempt is not counted, so the window still ends
 * when it would have.
 */
export function decideFixedWindow(stored: WindowState | null, rule: RateLimitRule, now: Date): RateLimitDecision {
  const current = stored && now.getTime() - stored.windowStart.getTime() < rule.windowMs ? stored : null;
  const windowStart = current?.windowStart ?? now;
  const retryAfterMs = windowStart.getTime() + rule.windowMs - now.getTime();
  const count = current?.count ?? 0;
  if (count >= rule.limit) return { allowed: false, state: { count, windowStart }, retryAfterMs };
  return { allowed: true, state: { count: count + 1, windowStart }, retryAfterMs };
}

/**
 * Counts an attempt for `key` in the `RateLimit` table, inside the caller's transaction so that the
 * count and the work it guards commit together. Keys are `<scope>:<opaque id>`; windows of the same
 * scope that have ended are swept on the way (the table then only holds the clients of the current
 * window).
 */
export async function consumeRateLimit(
  tx: Tx,
  { scope, id, rule, now = new Date() }: { scope: string; id: string; rule: RateLimitRule; now?: Date },
): Promise<RateLimitDecision> {
  const key = `${scope}:${id}`;
  await tx.rateLimit.deleteMany({
    where: {
      key: { startsWith: `${scope}:` },
      windowStart: { lte: new Date(now.getTime() - rule.windowMs) },
    },
  });
  const row = await tx.rateLimit.findUnique({ where: { key } });
  const decision = decideFixedWindow(row, rule, now);
  if (decision.allowed) {
    await tx.rateLimit.upsert({
      where: { key },
      create: { key, ...decision.state },
      update: decision.state,
    });
  }
  return decision;
}
