import "server-only";
import type { RateLimitRule } from "@/lib/rate-limit/fixed-window";

/** Support requests one client address may submit: 10 per 10 minutes. */
export const SUBMISSION_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 10 * 60_000 };
export const SUBMISSION_SCOPE = "portal-submit";

/** All requests of one portal together: a ceiling against floods from forged addresses. */
export const PORTAL_SUBMISSION_RATE_LIMIT: RateLimitRule = { limit: 300, windowMs: 10 * 60_000 };
export const PORTAL_SUBMISSION_SCOPE = "portal-submit-all";
