import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { newTokenSecret } from "./token-secret";

/** The lifetimes the form offers, in days; a token never lives longer than a year. */
export const TOKEN_LIFETIMES = [7, 30, 90, 365] as const;
/** How many live tokens one API manager may hold: enough for every system they connect. */
const MAX_TOKENS_PER_MANAGER = 20;

const DAY_MS = 24 * 60 * 60 * 1000;

const newTokenSchema = z.object({
  name: z.string().trim().min(1, "tokenNameRequired").max(80, "tooLong"),
  lifetimeDays: z.coerce
    .number()
    .refine((days) => (TOKEN_LIFETIMES as readonly number[]).includes(days), "tokenLifetimeInvalid"),
});

export type NewTokenInput = { name: string; lifetimeDays: unknown };

/**
 * Tokens are the API managers' own, made while signed in to the Management Center: a token cannot
 * make or see tokens (an API manager acting through one is refused here).
 */
function requireApiManagerInPerson(actor: Principal): void {
  if (actor.kind !== "manager" || actor.managerRole !== "api" || actor.apiToken) throw new NotFoundError();
}

/** The token list: newest first, without secrets (only their first characters). */
export async function listApiTokens(actor: Principal, now = new Date()) {
  requireApiManagerInPerson(actor);
  const tokens = await db.apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  return tokens.map((token) => ({
    ...token,
    state: token.revokedAt ? ("revoked" as const) : token.expiresAt <= now ? ("expired" as const) : ("active" as const),
  }));
}

/** One of one's own tokens that still can be revoked, for the page that asks before revoking it. */
export async function revocableApiToken(actor: Principal, id: string) {
  requireApiManagerInPerson(actor);
  const token = await db.apiToken.findFirst({
    where: { id, userId: actor.userId, revokedAt: null },
    select: { id: true, name: true, prefix: true, expiresAt: true },
  });
  if (!token) throw new NotFoundError("apiToken");
  return token;
}

/** Creates a token; the secret is returned this once and never stored. */
export async function createApiToken(actor: Principal, input: NewTokenInput, now = new Date()) {
  requireApiManagerInPerson(actor);
  const parsed = newTokenSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { name, lifetimeDays } = parsed.data;
  const { secret, prefix, secretHash } = newTokenSecret();
  const token = await inTransaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } } });
    if (live >= MAX_TOKENS_PER_MANAGER) throw new ValidationError({ name: "tokenLimitReached" });
    const created = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        name,
        prefix,
        secretHash,
        expiresAt: new Date(now.getTime() + lifetimeDays * DAY_MS),
      },
    });
    await writeAudit(tx, {
      actor,
      action: "apiToken.created",
      targetType: "apiToken",
      targetId: created.id,
      summary: { name, prefix, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return { id: token.id, name: token.name, expiresAt: token.expiresAt, secret };
}

/** Revokes one of one's own tokens; it stops working with the next request. */
export async function revokeApiToken(actor: Principal, id: string, now = new Date()) {
  requireApiManagerInPerson(actor);
  await inTransaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, userId: actor.userId, revokedAt: null } });
    if (!token) throw new NotFoundError("apiToken");
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      actor,
      action: "apiToken.revoked",
      targetType: "apiToken",
      targetId: id,
      summary: { name: token.name, prefix: token.prefix },
    });
  });
}
