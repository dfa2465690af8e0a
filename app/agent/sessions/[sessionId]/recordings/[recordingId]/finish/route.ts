import { finishRecordingResponse } from "@/lib/recordings/recording-http";

type Context = { params: Promise<{ sessionId: string; recordingId: string }> };

/** The agent's browser stopped recording: JSON `{ durationMs }` → `{ nextIndex, status }`. */
export async function POST(request: Request, { params }: Context) {
  const { sessionId, recordingId } = await params;
  return finishRecordingResponse(request, sessionId, recordingId);
}
