import "server-only";
import { answer, errorResponse, type ParticipantLookup } from "./file-http";
import { screenAction } from "./screen-sharing";
import { MAX_SCREEN_BODY_BYTES } from "./screen-sharing-rules";

/** The body as text, or null once more than `maxBytes` arrived (the rest is not read). */
async function boundedText(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    received += read.value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * POST JSON → 201 `{ id, shareId }`: one step of a screen share (request, start, decline, stop) or
 * one handshake message (signal), for the session pages' script. Authorised like the message
 * routes: only the session's two participants, each for their own part (screen-sharing.ts).
 */
export function screenPostResponse(request: Request, sessionId: string, lookup: ParticipantLookup): Promise<Response> {
  return answer(async () => {
    const participant = await lookup();
    if (!participant) return errorResponse("notSignedIn");
    if (Number(request.headers.get("content-length")) > MAX_SCREEN_BODY_BYTES)
      return errorResponse("screenSignalTooLarge");
    const text = await boundedText(request, MAX_SCREEN_BODY_BYTES);
    if (text === null) return errorResponse("screenSignalTooLarge");
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the domain refuses it like any other malformed input.
    }
    const written = await screenAction(participant, sessionId, body);
    return Response.json(written, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
