import { customerSessionId } from "@/lib/live/customer-view";
import { customerParticipant } from "@/lib/live/customer-participant";
import { messagePostResponse } from "@/lib/live/message-http";
import { errorResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ portal: string; token: string }> };

/** JSON: the customer posts a chat message in the session of their request. */
export async function POST(request: Request, { params }: Context) {
  const { portal, token } = await params;
  const sessionId = await customerSessionId(portal, token).catch(() => null);
  if (!sessionId) return errorResponse("notFound");
  return messagePostResponse(request, sessionId, () => customerParticipant(portal, token));
}
