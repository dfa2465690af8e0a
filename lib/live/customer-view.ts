import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";
import { hashRequestToken, looksLikeRequestToken } from "@/lib/support-requests/request-token";
import { loadEventsAfter } from "./messages";
import { screenSharingView } from "./screen-sharing";
import { toTranscriptEvent } from "./session-stream";
import { sessionFeatures } from "./session-features";
import { surveysOf } from "./surveys";

/**
 * Everything the customer's page shows for their request: the request while it waits, then the
 * session — the agent's screen name, the session ID, the transcript so far, whether a survey is
 * still open. Only the token opens it (see getWaitingRequest).
 */
export async function customerRequestView(portalSlug: string, token: string) {
  const request = await getWaitingRequest(portalSlug, token);
  const session = await db.supportSession.findUnique({
    where: { requestId: request.id },
    select: {
      id: true,
      number: true,
      agentId: true,
      agentName: true,
      portalId: true,
      startedAt: true,
      endedAt: true,
      endedBy: true,
      customerRating: true,
    },
  });
  if (!session) return { request, session: null };
  const [events, surveys, features, screen] = await Promise.all([
    // The token was checked when the request was found; the session is that request's.
    loadEventsAfter(session.id, 0, 500, { withoutSignals: true }),
    surveysOf(session.portalId),
    sessionFeatures(session),
    screenSharingView(session.id),
  ]);
  const { agentId: _agentId, ...visible } = session; // the agent's identity stays on the server
  return {
    request,
    session: {
      ...visible,
      mayUpload: !session.endedAt && features.fileTransferReceive.on,
      events: events.map(toTranscriptEvent),
      // Bildschirmfreigabe: offered while the session runs and the feature is on right now.
      screen: !session.endedAt && features.screenSharing.on ? screen : null,
      recording: !session.endedAt && screen.recording,
      surveyOpen: !!session.endedAt && surveys.customer && session.customerRating === null,
      diagnosticsPending: pendingDiagnostics(events.map((e) => e.type)),
    },
  };
}

/** The agent asked for diagnostics and the customer has neither sent nor declined them since. */
function pendingDiagnostics(types: string[]): boolean {
  const lastAsk = types.lastIndexOf("diagnosticsRequested");
  return lastAsk >= 0 && !types.slice(lastAsk).some((t) => t === "diagnostics" || t === "diagnosticsDeclined");
}

/**
 * Just the session id of a customer's request (null while it waits, or for a wrong portal, token or
 * deleted portal): for the JSON and stream routes, in one statement.
 */
export async function customerSessionId(portalSlug: string, token: string): Promise<string | null> {
  if (!looksLikeRequestToken(token)) return null;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT s."id" FROM "SupportSession" s
    JOIN "SupportRequest" r ON r."id" = s."requestId"
    JOIN "SubPortal" sp ON sp."id" = r."subPortalId"
    JOIN "Portal" p ON p."id" = sp."portalId"
    WHERE r."token" = ${hashRequestToken(token)} AND p."slug" = ${portalSlug} AND p."deletedAt" IS NULL`;
  return rows[0] ? idRow.parse(rows[0]).id : null;
}

const idRow = z.object({ id: z.string() });
