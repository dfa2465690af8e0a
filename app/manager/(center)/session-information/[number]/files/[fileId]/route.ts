import { currentPrincipal } from "@/lib/auth/session";
import { answer, attachmentResponse, errorResponse } from "@/lib/live/file-http";
import { reviewedSessionFile } from "@/lib/session-information/session-record";

type Context = { params: Promise<{ number: string; fileId: string }> };

/** A file of a past session the viewer may review (Sitzungsinformationen), while it is kept; else 404. */
export async function GET(_request: Request, { params }: Context) {
  const { number, fileId } = await params;
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return errorResponse("notFound");
  return answer(async () => attachmentResponse(await reviewedSessionFile(actor, number, fileId)));
}
