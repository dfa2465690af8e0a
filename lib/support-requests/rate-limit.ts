import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import type { RateLimitRule } from "@/lib/rate-limit/fixed-window";

/** Support requests one client address may submit: 10 per 10 minutes. */
export const SUBMISSION_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 10 * 60_000 };
export const SUBMISSION_SCOPE = "portal-submit";

/** All requests of one portal together: a ceiling against floods from forged addresses. */
export const PORTAL_SUBMISSION_RATE_LIMIT: RateLimitRule = { limit: 300, windowMs: 10 * 60_000 };
export const PORTAL_SUBMISSION_SCOPE = "portal-submit-all";

/**
 * The client address as the reverse proxy reports it: the first entry of X-Forwarded-For, else
 * "unknown" (then every such client shares one budget). Only trustworthy behind a proxy that sets
 * the header itself (see README, "Security"); the per-portal ceiling bounds what forging can do.
 */
export function clientAddressOf(forwardedFor: string | null | undefined): string {
  const first = forwardedFor?.split(",")[0]?.trim().toLowerCase();
  return first ? first.slice(0, 100) : "unknown";
}

/** Addresses are personal data: the table holds a keyed hash, never the address itself. */
export function clientKeyOf(address: string): string {
  return createHmac("sha256", authSecret()).update(`rate-limit:${address}`).digest("base64url");
}
