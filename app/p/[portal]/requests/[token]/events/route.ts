import { NotFoundError } from "@/lib/errors/domain-errors";
import { customerSessionId } from "@/lib/live/customer-view";
import { sessionEventStream } from "@/lib/live/session-stream";
import { customerStillInSession } from "@/lib/live/stream-access";

type Context = { params: Promise<{ portal: string; token: string }> };

/** SSE: the customer's session transcript, live; resumes after Last-Event-ID. Ends with the portal. */
export async function GET(request: Request, { params }: Context) {
  const { portal, token } = await params;
  try {
    const sessionId = await customerSessionId(portal, token);
    if (!sessionId) return new Response(null, { status: 404 });
    const stillAllowed = customerStillInSession(portal, token, sessionId);
    return await sessionEventStream(request, { kind: "customer", token }, sessionId, stillAllowed);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
