import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { sessionViewStream } from "@/lib/session-viewing/view-stream";

type Context = { params: Promise<{ sessionId: string }> };

/**
 * SSE: the Sitzungseinsicht's live transcript; resumes after Last-Event-ID. Anyone who may not view
 * the session — signed out included — gets the same 404 as for a session that does not exist.
 */
export async function GET(request: Request, { params }: Context) {
  const { sessionId } = await params;
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 404 });
  try {
    return await sessionViewStream(request, actor, sessionId);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
