import { customerParticipant } from "@/lib/live/customer-participant";
import { fileDownloadResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ portal: string; token: string; sessionId: string; fileId: string }> };

/** The customer downloads a file of their session. */
export async function GET(_request: Request, { params }: Context) {
  const { portal, token, sessionId, fileId } = await params;
  return fileDownloadResponse(sessionId, fileId, () => customerParticipant(portal, token));
}
