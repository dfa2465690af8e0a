import { currentPrincipal } from "@/lib/auth/session";
import { answer, attachmentResponse, errorResponse } from "@/lib/live/file-http";
import { readViewedFile } from "@/lib/session-viewing/view-files";

type Context = { params: Promise<{ sessionId: string; fileId: string }> };

/** A manager downloads a file of a session they may view (Sitzungseinsicht); anyone else: 404. */
export async function GET(_request: Request, { params }: Context) {
  const { sessionId, fileId } = await params;
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return errorResponse("notFound");
  return answer(async () => attachmentResponse(await readViewedFile(actor, sessionId, fileId)));
}
