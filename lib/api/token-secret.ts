import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so secret scanners (and people) can recognise a leaked one. */
const TOKEN_PREFIX = "lotse_";
/** How much of the secret the token list shows: enough to tell tokens apart, far too little to guess. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 6;

/** A new secret: 256 random bits, base64url. */
export function newTokenSecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), secretHash: hashTokenSecret(secret) };
}

/**
 * SHA-256, not a password hash: the secret is random and long, so there is nothing to guess, and a
 * lookup by hash keeps every API request to one indexed read.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

/** The secret of an `Authorization: Bearer …` header, or null when there is none of our shape. */
export function bearerSecret(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const secret = match?.[1];
  return secret && secret.startsWith(TOKEN_PREFIX) && secret.length <= 100 ? secret : null;
}
