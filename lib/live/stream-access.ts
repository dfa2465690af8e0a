import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { principalOfSession } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";
import { customerSessionId } from "./customer-view";

// What an open event stream asks again while it runs (eventStreamResponse's stillAllowed): the
// route's own check when it connects, each one indexed statement.

/**
 * The agent's browser session still exists and still lets them into the console: a sign-out
 * elsewhere, a password change, a disabled or deleted user all end it. A session's agent never
 * changes, so their session streams need nothing more.
 */
export function agentStillSignedIn(actor: Principal): () => Promise<boolean> {
  return async () => (await principalOfSession(actor.sessionId, "agent")) !== null;
}

/** The customer's token still opens this session through this portal (a deleted portal ends it). */
export function customerStillInSession(portalSlug: string, token: string, sessionId: string): () => Promise<boolean> {
  return async () => (await customerSessionId(portalSlug, token)) === sessionId;
}

/** The waiting customer's request can still be reached through this portal. */
export function customerRequestStillThere(portalSlug: string, token: string): () => Promise<boolean> {
  return () =>
    getWaitingRequest(portalSlug, token).then(
      () => true,
      (error: unknown) => {
        if (error instanceof NotFoundError) return false;
        throw error;
      },
    );
}
