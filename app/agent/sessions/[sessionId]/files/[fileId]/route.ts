import { currentPrincipal } from "@/lib/auth/session";
import { fileDownloadResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ sessionId: string; fileId: string }> };

/** The agent downloads a file of one of their sessions. */
export async function GET(_request: Request, { params }: Context) {
  const { sessionId, fileId } = await params;
  return fileDownloadResponse(sessionId, fileId, async () => {
    const actor = await currentPrincipal("agent");
    return actor && { kind: "agent", actor };
  });
}
