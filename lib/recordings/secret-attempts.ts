import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { ValidationError } from "@/lib/errors/domain-errors";
import { consumeRateLimit, decideFixedWindow, type RateLimitRule } from "@/lib/rate-limit/fixed-window";

/**
 * Guessing a replay passphrase — or, on the passphrase page, the manager's password — costs
 * attempts (decision record 26): ten wrong ones per person in 15 minutes, then every further try is
 * refused until the window ends, before anything is checked. Counted per actor, not per address:
 * whoever guesses is signed in, and a second browser does not buy more tries. Only wrong answers
 * count, so a manager who replays many recordings is never stopped.
 */
const RULE: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };
const SCOPE = "recordingSecret";

/** Refuses with `tooManyPassphraseAttempts` while the actor's wrong answers have used up the window. */
export async function assertSecretAttemptsLeft(actor: Principal, now = new Date()): Promise<void> {
  const row = await db.rateLimit.findUnique({ where: { key: `${SCOPE}:${actor.userId}` } });
  if (!decideFixedWindow(row, RULE, now).allowed) throw new ValidationError({ form: "tooManyPassphraseAttempts" });
}

/** Counts one wrong passphrase or password. */
export async function countWrongSecret(actor: Principal, now = new Date()): Promise<void> {
  await inTransaction((tx) => consumeRateLimit(tx, { scope: SCOPE, id: actor.userId, rule: RULE, now }));
}
