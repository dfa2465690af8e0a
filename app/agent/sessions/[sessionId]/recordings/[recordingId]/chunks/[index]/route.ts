import { chunkUploadResponse } from "@/lib/recordings/recording-http";

type Context = { params: Promise<{ sessionId: string; recordingId: string; index: string }> };

/** One chunk of a recording (raw body, header X-Media-Time-Ms): 200 `{ nextIndex }`, 409 on a gap, 413 at the limit. */
export async function PUT(request: Request, { params }: Context) {
  const { sessionId, recordingId, index } = await params;
  return chunkUploadResponse(request, sessionId, recordingId, index);
}
