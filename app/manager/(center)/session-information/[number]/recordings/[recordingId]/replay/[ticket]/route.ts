import { recordingBytesResponse } from "@/lib/recordings/replay-http";

type Context = { params: Promise<{ number: string; recordingId: string; ticket: string }> };

/** A session recording for the `<video>` element, by the ticket `unlockRecording` gave (Range requests). */
export async function GET(request: Request, { params }: Context) {
  return recordingBytesResponse(request, await params, "replay");
}
