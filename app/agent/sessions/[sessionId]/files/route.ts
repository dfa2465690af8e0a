import { currentPrincipal } from "@/lib/auth/session";
import { fileUploadResponse } from "@/lib/live/file-http";

type Context = { params: Promise<{ sessionId: string }> };

/** The agent sends a file to the customer of one of their sessions (multipart field `file`). */
export async function POST(request: Request, { params }: Context) {
  const { sessionId } = await params;
  return fileUploadResponse(
    request,
    sessionId,
    async () => {
      const actor = await currentPrincipal("agent");
      return actor && { kind: "agent", actor };
    },
    `/agent/sessions/${encodeURIComponent(sessionId)}`,
  );
}
