import { customerParticipant } from "@/lib/live/customer-participant";
import { fileUploadResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ portal: string; token: string; sessionId: string }> };

/** The customer sends a file to the agent (multipart field `file`); the token in the URL is their key. */
export async function POST(request: Request, { params }: Context) {
  const { portal, token, sessionId } = await params;
  return fileUploadResponse(
    request,
    sessionId,
    () => customerParticipant(portal, token),
    `/p/${encodeURIComponent(portal)}/requests/${encodeURIComponent(token)}`,
  );
}
