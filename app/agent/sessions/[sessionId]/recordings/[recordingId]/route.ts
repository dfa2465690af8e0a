import { recordingProgressResponse } from "@/lib/recordings/recording-http";

type Context = { params: Promise<{ sessionId: string; recordingId: string }> };

/** Where a resumed upload goes on: `{ nextIndex, status }`. */
export async function GET(_request: Request, { params }: Context) {
  const { sessionId, recordingId } = await params;
  return recordingProgressResponse(sessionId, recordingId);
}
