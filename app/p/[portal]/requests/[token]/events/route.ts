import { NotFoundError } from "@/lib/errors/domain-errors";
import { customerRequestView } from "@/lib/live/customer-view";
import { sessionEventStream } from "@/lib/live/session-stream";

type Context = { params: Promise<{ portal: string; token: string }> };

/** SSE: the customer's session transcript, live; resumes after Last-Event-ID. */
export async function GET(request: Request, { params }: Context) {
  const { portal, token } = await params;
  try {
    const { session } = await customerRequestView(portal, token);
    if (!session) return new Response(null, { status: 404 });
    return await sessionEventStream(request, { kind: "customer", token }, session.id);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
