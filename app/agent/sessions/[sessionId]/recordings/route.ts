import { startRecordingResponse } from "@/lib/recordings/recording-http";

type Context = { params: Promise<{ sessionId: string }> };

/** The agent's browser starts recording the shared screen: JSON `{ contentType }` → 201 `{ id, nextIndex, maxBytes }`. */
export async function POST(request: Request, { params }: Context) {
  const { sessionId } = await params;
  return startRecordingResponse(request, sessionId);
}
