import { customerSessionId } from "@/lib/live/customer-view";
import { messagePostResponse } from "@/lib/live/message-http";
import { errorResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ portal: string; token: string }> };

/** JSON: the customer posts a chat message in the session of their request. */
export async function POST(request: Request, { params }: Context) {
  const { portal, token } = await params;
  const sessionId = await customerSessionId(portal, token).catch(() => null);
  if (!sessionId) return errorResponse("notFound");
  // customerSessionId checked the portal and the token; the message itself checks the token again.
  return messagePostResponse(request, sessionId, async () => ({ kind: "customer", token }));
}
