import { NotFoundError } from "@/lib/errors/domain-errors";
import { customerSessionId } from "@/lib/live/customer-view";
import { sessionEventStream } from "@/lib/live/session-stream";

type Context = { params: Promise<{ portal: string; token: string }> };

/** SSE: the customer's session transcript, live; resumes after Last-Event-ID. */
export async function GET(request: Request, { params }: Context) {
  const { portal, token } = await params;
  try {
    const sessionId = await customerSessionId(portal, token);
    if (!sessionId) return new Response(null, { status: 404 });
    return await sessionEventStream(request, { kind: "customer", token }, sessionId);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
