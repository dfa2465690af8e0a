import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * The customer's key to their request: 32 random bytes, base64url (43 characters), in the waiting
 * page's URL. The database keeps only its SHA-256, like password-reset tokens, so a copy of the
 * database does not open anyone's request page (or, later, their chat).
 */
export function newRequestToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashRequestToken(token) };
}

export function hashRequestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything else cannot be a token we handed out; it is refused without a database lookup. */
export function looksLikeRequestToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
