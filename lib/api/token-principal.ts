import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { PRINCIPAL_COLUMNS, principalOfRow } from "@/lib/auth/principal-of-user";
import { hashTokenSecret } from "./token-secret";

/** "Last used" is written at most this often, so a busy script does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The API manager a bearer secret belongs to, acting through that token; null when the token is
 * unknown, revoked or expired, or its owner is disabled or no longer an API manager. Looked up on
 * every request, so revoking takes effect at once.
 */
export async function principalOfToken(secret: string, now = new Date()): Promise<Principal | null> {
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    select: {
      id: true,
      name: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: PRINCIPAL_COLUMNS },
    },
  });
  if (!token || token.revokedAt || token.expiresAt <= now) return null;
  if (token.user.kind !== "manager" || token.user.manager?.role !== "api") return null;
  const principal = principalOfRow(token.user, "manager");
  if (!principal) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { ...principal, sessionId: `api-token:${token.id}`, apiToken: { id: token.id, name: token.name } };
}
