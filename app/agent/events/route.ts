import { currentPrincipal } from "@/lib/auth/session";
import { QUEUE_CHANNEL } from "@/lib/live/channels";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { keepPresenceAlive, PRESENCE_CHANNEL } from "@/lib/live/presence";
import { agentStillSignedIn } from "@/lib/live/stream-access";

/**
 * SSE for the agent console: a bare "changed" whenever requests or presences change, and the
 * console renders itself anew on the server. A notification stream, not a replayed log: ids only
 * grow (time-based), and nothing is sent on connect. Ends when the agent's browser session does.
 */
export async function GET(request: Request) {
  const actor = await currentPrincipal("agent");
  if (!actor) return new Response(null, { status: 401 });
  let connected = false;
  let lastId = 0;
  return eventStreamResponse({
    request,
    channels: [QUEUE_CHANNEL, PRESENCE_CHANNEL],
    load: async () => {
      if (!connected) {
        connected = true;
        return [];
      }
      lastId = Math.max(Date.now(), lastId + 1);
      return [{ id: lastId, event: "changed", data: {} }];
    },
    // While the console is open, the agent is present (a closed browser lets the presence lapse).
    whileOpen: keepPresenceAlive(actor),
    stillAllowed: agentStillSignedIn(actor),
  });
}
