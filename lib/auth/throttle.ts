import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Realm } from "./principal";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

// Keyed by what was typed, existing login or not, so a lock never tells whether a login exists.
const keyOf = (realm: Realm, loginId: string) => `${realm}:${loginId.trim().toLowerCase()}`;

export async function isLocked(realm: Realm, loginId: string, now = new Date()): Promise<boolean> {
  const row = await db.loginThrottle.findUnique({ where: { key: keyOf(realm, loginId) } });
  return !!row?.lockedUntil && row.lockedUntil > now;
}

/** Counts a failed attempt; returns true when this attempt locked the login. */
export async function recordFailure(realm: Realm, loginId: string, now = new Date()) {
  const key = keyOf(realm, loginId);
  return inTransaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const lockExpired = !!row?.lockedUntil && row.lockedUntil <= now;
    const failures = (lockExpired ? 0 : (row?.failures ?? 0)) + 1;
    const locks = failures >= MAX_FAILED_ATTEMPTS;
    const data = {
      failures: locks ? 0 : failures,
      lockedUntil: locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
    };
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    return locks;
  });
}

export async function clearFailures(realm: Realm, loginId: string) {
  await db.loginThrottle.deleteMany({ where: { key: keyOf(realm, loginId) } });
}
