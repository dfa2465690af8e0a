import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import { ValidationError } from "@/lib/errors/domain-errors";
import { portalOpeningState } from "@/lib/business-hours/portal-opening-state";
import type { Locale } from "@/lib/i18n/locales";
import { findPublicPortal } from "@/lib/portals/public-portal";
import type { CustomerField } from "@/lib/portals/portal-types";
import { consumeRateLimit } from "@/lib/rate-limit/fixed-window";
import { clientKeyOf } from "@/lib/rate-limit/client-key";
import {
  PORTAL_SUBMISSION_RATE_LIMIT,
  PORTAL_SUBMISSION_SCOPE,
  SUBMISSION_RATE_LIMIT,
  SUBMISSION_SCOPE,
} from "./rate-limit";
import { newRequestToken } from "./request-token";
import { recordActivity } from "@/lib/live/activity";
import { redeemConnectionCode } from "@/lib/live/connection-codes";
import { announceNewRequest } from "@/lib/live/request-lifecycle";
import { parseSupportRequest } from "./support-request-input";
import { logRefusal } from "@/lib/logging/logger";

export type SubmitSupportRequestInput = {
  portalSlug: string;
  /** Absent: the portal's first sub-portal, as on /p/<portal>. */
  subPortalSlug?: string;
  language: Locale;
  /** The client's address (lib/http/client.ts); only its keyed hash is stored. */
  clientAddress: string;
  values: Partial<Record<CustomerField, string>>;
  now?: Date;
};

export type SubmittedRequest = { id: number; token: string; portalSlug: string };

/**
 * A customer's request from a portal page (no actor: the page is public). Stores nothing unless
 * everything holds: the portal and sub-portal exist, the portal is open, the fields meet the
 * portal's configuration, and the client address has submitted fewer than the limit.
 * Throws NotFoundError, or ValidationError with field errors or a form-level key
 * ("portalClosed", "tooManyRequests" from this client, "portalBusy" when the portal's ceiling is hit).
 */
export async function submitSupportRequest(input: SubmitSupportRequestInput): Promise<SubmittedRequest> {
  const now = input.now ?? new Date();
  const portal = await findPublicPortal(input.portalSlug, input.subPortalSlug);
  const opening = await portalOpeningState(portal.id, now);
  if (!opening.open) {
    await recordClosedRefusal(portal, opening.reason, input.clientAddress, now);
    throw new ValidationError({ form: "portalClosed" });
  }

  const configs = Object.fromEntries(portal.fields.map((f) => [f.field, f]));
  const parsed = parseSupportRequest(
    configs,
    // Only agents a customer can choose right now: signed in and available.
    portal.agents.filter((a) => a.available).map((a) => a.id),
    input.values,
  );
  if (!parsed.ok) throw new ValidationError(parsed.fieldErrors);
  const { values } = parsed;

  const { token, hash } = newRequestToken();
  const created = await inTransaction(async (tx) => {
    const limit = await consumeRateLimit(tx, {
      scope: SUBMISSION_SCOPE,
      id: clientKeyOf(input.clientAddress),
      rule: SUBMISSION_RATE_LIMIT,
      now,
    });
    if (!limit.allowed) return "tooManyRequests" as const;
    // A flood from many addresses (or from a misconfigured proxy that makes every customer one
    // address) also meets a cap per portal; a manager sees it and can clear it (portal-flood.ts).
    const portalLimit = await consumeRateLimit(tx, {
      scope: PORTAL_SUBMISSION_SCOPE,
      id: portal.id,
      rule: PORTAL_SUBMISSION_RATE_LIMIT,
      now,
    });
    if (!portalLimit.allowed) return "portalBusy" as const;
    // A connection code leads straight to the agent who generated it.
    const codeAgentId = values.code ? await redeemConnectionCode(tx, values.code, portal.subPortal.id, now) : null;
    // Returned, not thrown: the failed guess still counts against the rate limit (codes are short).
    if (values.code && !codeAgentId) return "codeUnknown" as const;
    const request = await tx.supportRequest.create({
      data: {
        token: hash,
        subPortalId: portal.subPortal.id,
        portalName: portal.name,
        subPortalName: portal.subPortal.name,
        portalType: portal.type,
        status: "waiting",
        language: input.language,
        customerName: values.name,
        customerEmail: values.email,
        customerPhone: values.phone,
        problem: values.problem,
        chosenAgentId: codeAgentId ?? values.agentId,
        connectionCode: values.code,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      type: "submitted",
      at: now,
      requestId: request.id,
      portal: { id: portal.id, name: portal.name },
      subPortal: portal.subPortal,
      data: { portalType: portal.type },
    });
    return request;
  });
  if (created === "codeUnknown") throw new ValidationError({ code: "connectionCodeUnknown" });
  if (created === "tooManyRequests" || created === "portalBusy") {
    logRefusal(created, { portalId: portal.id, ip: input.clientAddress });
    throw new ValidationError({ form: created });
  }
  await announceNewRequest(created.id);
  return { id: created.id, token, portalSlug: portal.slug };
}

/**
 * Counts a request the closed portal refused (Portale und Warteschlangen, "outside business hours").
 * Only within the client's submission rate limit, and counted against it: a closed portal must not
 * become a way to flood the activity log, so a client that keeps trying is refused unrecorded.
 */
async function recordClosedRefusal(
  portal: { id: string; name: string; subPortal: { id: string; name: string } },
  reason: "hours" | "holiday",
  clientAddress: string,
  now: Date,
): Promise<void> {
  await inTransaction(async (tx) => {
    const limit = await consumeRateLimit(tx, {
      scope: SUBMISSION_SCOPE,
      id: clientKeyOf(clientAddress),
      rule: SUBMISSION_RATE_LIMIT,
      now,
    });
    if (!limit.allowed) return;
    await recordActivity(tx, {
      type: "refusedClosed",
      at: now,
      portal: { id: portal.id, name: portal.name },
      subPortal: { id: portal.subPortal.id, name: portal.subPortal.name },
      data: { reason },
    });
  });
}
