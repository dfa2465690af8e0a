import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { sessionEventStream } from "@/lib/live/session-stream";
import { agentStillSignedIn } from "@/lib/live/stream-access";

type Context = { params: Promise<{ sessionId: string }> };

/**
 * SSE: the agent's session transcript, live; resumes after Last-Event-ID. Another agent's: 404.
 * Ends when the agent's browser session does.
 */
export async function GET(request: Request, { params }: Context) {
  const { sessionId } = await params;
  const actor = await currentPrincipal("agent");
  if (!actor) return new Response(null, { status: 401 });
  try {
    return await sessionEventStream(request, { kind: "agent", actor }, sessionId, agentStillSignedIn(actor));
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
