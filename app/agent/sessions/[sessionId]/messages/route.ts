import { currentPrincipal } from "@/lib/auth/session";
import { messagePostResponse } from "@/lib/live/message-http";

type Context = { params: Promise<{ sessionId: string }> };

/** JSON: the agent posts a chat message in one of their sessions. */
export async function POST(request: Request, { params }: Context) {
  const { sessionId } = await params;
  return messagePostResponse(request, sessionId, async () => {
    const actor = await currentPrincipal("agent");
    return actor && { kind: "agent", actor };
  });
}
