import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { principalOfSession } from "@/lib/auth/session";
import { clientOf } from "@/lib/http/client";
import { sessionChannel } from "@/lib/live/channels";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { sessionEventsLoader } from "@/lib/live/session-stream";
import { mayViewSession, viewableSession } from "./view-access";
import { beginViewing, endViewing, isViewOpen, keepViewing, VIEW_HEARTBEAT_MS } from "./view-log";
import { logger } from "@/lib/logging/logger";

/**
 * The Sitzungseinsicht's live transcript (SSE): the session's own event stream (decision record 9),
 * read by a manager who is not part of the session — so no presence is kept alive and nothing is
 * written to the session. The stream is the view: it continues the manager's open view of the
 * session (or begins one), says every VIEW_HEARTBEAT_MS that it is still looked at, and ends the
 * view when it ends — the browser left the page, Schließen closed the view, or the manager lost the
 * right or their browser session (checked again while it runs, as every stream does).
 */
export async function sessionViewStream(request: Request, actor: Principal, sessionId: unknown): Promise<Response> {
  const session = await viewableSession(actor, sessionId);
  // The audit rows of the view's end are written after the request is gone: keep its client now.
  const client = clientOf(request.headers);
  const viewId = await beginViewing(actor, session, { client });
  return eventStreamResponse({
    request,
    channels: [sessionChannel(session.id)],
    load: sessionEventsLoader(session.id, { withoutSignals: true }),
    whileOpen: { everyMs: VIEW_HEARTBEAT_MS, run: () => keepViewing(viewId).then(() => undefined) },
    stillAllowed: async () => {
      const current = await principalOfSession(actor.sessionId, "manager");
      return (
        current !== null &&
        !current.mustChangePassword &&
        (await mayViewSession(current, session.id)) &&
        (await isViewOpen(viewId))
      );
    },
    onClose: () => {
      endViewing(viewId, "streamEnded", { client }).catch((error: unknown) =>
        logger.error({ err: error, viewId }, "closing a session view failed"),
      );
    },
  });
}
