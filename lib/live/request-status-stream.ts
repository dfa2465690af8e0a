import "server-only";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";
import { requestChannel } from "./channels";
import { eventStreamResponse } from "./event-stream";
import { customerRequestStillThere } from "./stream-access";

/**
 * The waiting customer's stream: one "status" event whenever their request changes (accepted, no
 * agent response, …), so their page can show the chat. A notification stream: the id is the time.
 */
export async function requestStatusStream(request: Request, portalSlug: string, token: string): Promise<Response> {
  const waiting = await getWaitingRequest(portalSlug, token);
  // The status the page was rendered with: a change between rendering and connecting still counts.
  let lastStatus = new URL(request.url).searchParams.get("seen") ?? waiting.status;
  return eventStreamResponse({
    request,
    channels: [requestChannel(waiting.id)],
    load: async () => {
      const now = await getWaitingRequest(portalSlug, token);
      if (now.status === lastStatus) return [];
      lastStatus = now.status;
      return [{ id: Date.now(), event: "status", data: { status: now.status } }];
    },
    done: (sent) => sent.length > 0,
    // A quiet wait can last minutes: the heartbeat notices a portal deleted meanwhile.
    stillAllowed: customerRequestStillThere(portalSlug, token),
  });
}
