import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * Addresses are personal data: limit tables hold a keyed hash of the client address, never the
 * address itself. The purpose goes into the hash, so keys of different limits can't be matched up.
 */
export function clientKeyOf(address: string, purpose = "rate-limit"): string {
  return createHmac("sha256", authSecret()).update(`${purpose}:${address}`).digest("base64url");
}
