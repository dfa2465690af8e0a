import { recordingBytesResponse } from "@/lib/recordings/replay-http";

type Context = { params: Promise<{ number: string; recordingId: string; ticket: string }> };

/** A session recording as the download sitzung-<number>-<n>.webm, by an export ticket. */
export async function GET(request: Request, { params }: Context) {
  return recordingBytesResponse(request, await params, "export");
}
