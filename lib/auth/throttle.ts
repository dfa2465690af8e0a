import "server-only";
import { z } from "zod";
import { lockoutScope as configuredLockoutScope } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { sqlInteger } from "@/lib/db/sql-row";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { clientKeyOf } from "@/lib/rate-limit/client-key";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
/** With per-address locking: how many attempts from all addresses together lock the login itself. */
export const MAX_ATTEMPTS_FROM_ALL_ADDRESSES = 50;

const WINDOW_MS = LOCK_MINUTES * 60_000;

type Counter = { key: string; limit: number };

/**
 * LOTSE_LOCKOUT_SCOPE: "login" (default) locks a login everywhere after five failures; "address"
 * locks it only for the client address that failed, and everywhere only after many attempts from
 * all addresses — so somebody guessing elsewhere cannot lock the owner out.
 */
function lockoutScope(): "login" | "address" {
  return configuredLockoutScope();
}

const normalise = (loginId: string) => loginId.trim().toLowerCase();

const addressKey = (address: string) => clientKeyOf(address, "sign-in").slice(0, 22);

// Keyed by what was typed, existing login or not, so a lock never tells whether a login exists.
function countersOf(loginId: string, address: string): Counter[] {
  const login = normalise(loginId);
  if (lockoutScope() === "login") return [{ key: `login:${login}`, limit: MAX_FAILED_ATTEMPTS }];
  return [
    { key: `pair:${login}:${addressKey(address)}`, limit: MAX_FAILED_ATTEMPTS },
    { key: `login:${login}`, limit: MAX_ATTEMPTS_FROM_ALL_ADDRESSES },
  ];
}

/**
 * Counts one attempt on a counter unless it is locked, in a single statement: parallel attempts
 * each get their own count, and the one that reaches the limit sets the lock. Returns the count, or
 * null when the counter is locked (nothing is written then, so a running lock is never cleared).
 */
async function claim(counter: Counter, now: Date): Promise<number | null> {
  const at = sqliteTimestamp(now);
  const windowOver = sqliteTimestamp(new Date(now.getTime() - WINDOW_MS));
  const lockUntil = sqliteTimestamp(new Date(now.getTime() + WINDOW_MS));
  const rows = await db.$queryRaw<unknown[]>`
    INSERT INTO "LoginThrottle" ("key", "attempts", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${counter.key}, 1, ${at}, ${counter.limit <= 1 ? lockUntil : null}, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "windowStart" <= ${windowOver} THEN 1 ELSE "attempts" + 1 END,
      "lockedUntil" = CASE WHEN (CASE WHEN "windowStart" <= ${windowOver} THEN 1 ELSE "attempts" + 1 END) >= ${counter.limit}
                      THEN ${lockUntil} ELSE NULL END,
      "windowStart" = CASE WHEN "windowStart" <= ${windowOver} THEN ${at} ELSE "windowStart" END,
      "updatedAt" = ${at}
    WHERE "lockedUntil" IS NULL OR "lockedUntil" <= ${at}
    RETURNING "attempts"`;
  return rows[0] ? claimRow.parse(rows[0]).attempts : null;
}

/** What `claim` returns of the counter's row. */
const claimRow = z.object({ attempts: sqlInteger });

export type AttemptClaim = { allowed: false } | { allowed: true; locksLogin: boolean };

/**
 * Takes a sign-in attempt before its password is checked (decision record 12). Refused while the
 * login (or, per address, the login from this address) is locked; the attempt that reaches the
 * limit is still checked and locks everything after it. So however many attempts arrive at once,
 * at most MAX_FAILED_ATTEMPTS passwords are checked per lock period.
 */
export async function claimSignInAttempt(loginId: string, address: string, now = new Date()): Promise<AttemptClaim> {
  let locksLogin = false;
  for (const counter of countersOf(loginId, address)) {
    const attempts = await claim(counter, now);
    if (attempts === null) return { allowed: false };
    if (attempts >= counter.limit) locksLogin = true;
  }
  return { allowed: true, locksLogin };
}

/**
 * After a successful sign-in the failures before it no longer count. Per address, only that
 * address's counter starts over: attempts on the login from elsewhere keep counting.
 */
export async function clearSignInAttempts(loginId: string, address: string): Promise<void> {
  const [own] = countersOf(loginId, address);
  if (own) await db.loginThrottle.deleteMany({ where: { key: own.key } });
}

/** A password reset by e-mail proved the owner: the login's counters from every address start over. */
export async function clearAllSignInAttempts(loginId: string): Promise<void> {
  const login = normalise(loginId);
  await db.loginThrottle.deleteMany({
    where: { OR: [{ key: `login:${login}` }, { key: { startsWith: `pair:${login}:` } }] },
  });
}

/** Whether a login is locked for this address right now (for tests and the sign-in benchmark). */
export async function isSignInLocked(loginId: string, address: string, now = new Date()): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: countersOf(loginId, address).map((c) => c.key) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.length > 0;
}
