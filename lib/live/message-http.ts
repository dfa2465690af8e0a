import "server-only";
import { answer, errorResponse, type ParticipantLookup } from "./file-http";
import { postMessage } from "./messages";

/**
 * POST `{ "text": "…" }` (JSON) → 201 `{ id }`: a chat message for scripts and integrations (the
 * pages use their forms). Same rules as the forms: only the session's two participants, open
 * sessions, 1–4000 characters.
 */
export function messagePostResponse(request: Request, sessionId: string, lookup: ParticipantLookup): Promise<Response> {
  return answer(async () => {
    const participant = await lookup();
    if (!participant) return errorResponse("notSignedIn");
    const body = (await request.json().catch(() => null)) as { text?: unknown } | null;
    const text = typeof body?.text === "string" ? body.text : "";
    const { id } = await postMessage(participant, sessionId, text);
    return Response.json({ id }, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
