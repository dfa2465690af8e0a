import { customerSessionId } from "@/lib/live/customer-view";
import { errorResponse } from "@/lib/live/file-http";
import { screenPostResponse } from "@/lib/live/screen-http";

type Context = { params: Promise<{ portal: string; token: string }> };

/** JSON: the customer shares their screen, declines, stops, or sends the handshake for it. */
export async function POST(request: Request, { params }: Context) {
  const { portal, token } = await params;
  const sessionId = await customerSessionId(portal, token).catch(() => null);
  if (!sessionId) return errorResponse("notFound");
  // customerSessionId checked the portal and the token; the domain checks the token again.
  return screenPostResponse(request, sessionId, async () => ({ kind: "customer", token }));
}
