import "server-only";
import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { boundedBody } from "@/lib/forms/bounded-form-data";
import type { Participant } from "@/lib/live/participant";
import { RecordingGapError, RecordingLimitError } from "./recording-errors";
import { appendRecordingChunk, finishRecording, MAX_CHUNK_BYTES, recordingProgress, startRecording } from "./upload";

/**
 * The HTTP side of recording uploads, for the agent console's route handlers (decision record 26).
 * The contract the browser is written against:
 *
 * - `POST …/recordings` `{ contentType }` → 201 `{ id, nextIndex: 0, maxBytes }`
 * - `GET …/recordings/<id>` → 200 `{ nextIndex, status }`
 * - `PUT …/recordings/<id>/chunks/<index>` (raw body, header `X-Media-Time-Ms`) → 200 `{ nextIndex }`;
 *   409 `{ nextIndex }` when chunks before it are missing; 413 `{ limitReached: true }` at the
 *   session's limit (the recording has ended); 413 `{ error: "recordingChunkTooLarge" }` for a body
 *   over 8 MiB
 * - `POST …/recordings/<id>/finish` `{ durationMs }` → 200 `{ nextIndex, status }`
 *
 * 401 `{ error: "notSignedIn" }` without an agent's sign-in, 404 `{ error: "notFound" }` for
 * anyone else's session, a session that ended or records nothing, an unknown recording. Cross-origin
 * writes never get here (proxy.ts), as for the session's file uploads.
 */

const NO_STORE = { "Cache-Control": "no-store" };

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

async function agentParticipant(): Promise<Participant | null> {
  const actor = await currentPrincipal("agent");
  return actor && { kind: "agent", actor };
}

async function answer(work: (participant: Participant) => Promise<Response>): Promise<Response> {
  try {
    const participant = await agentParticipant();
    if (!participant) return json({ error: "notSignedIn" }, 401);
    return await work(participant);
  } catch (error) {
    if (error instanceof RecordingGapError) return json({ nextIndex: error.nextIndex }, 409);
    if (error instanceof RecordingLimitError) return json({ limitReached: true }, 413);
    if (error instanceof NotFoundError) return json({ error: "notFound" }, 404);
    if (error instanceof ValidationError) {
      const key = Object.values(error.fieldErrors)[0] ?? "required";
      return json({ error: key }, key === "recordingChunkTooLarge" ? 413 : 400);
    }
    throw error;
  }
}

/** A small JSON body; anything unreadable counts as an empty object (the domain refuses what is missing). */
async function smallJson(request: Request): Promise<Record<string, unknown>> {
  const bytes = await boundedBody(request, 4096);
  if (bytes === "tooLarge") return {};
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function startRecordingResponse(request: Request, sessionId: string): Promise<Response> {
  return answer(async (participant) => {
    const body = await smallJson(request);
    return json(await startRecording(participant, sessionId, { contentType: body.contentType }), 201);
  });
}

export function recordingProgressResponse(sessionId: string, recordingId: string): Promise<Response> {
  return answer(async (participant) => json(await recordingProgress(participant, sessionId, recordingId)));
}

export function chunkUploadResponse(
  request: Request,
  sessionId: string,
  recordingId: string,
  index: string,
): Promise<Response> {
  return answer(async (participant) => {
    if (!/^\d{1,8}$/.test(index)) throw new NotFoundError("chunk");
    // Whoever may not record here learns nothing from the body's size: access first.
    await recordingProgress(participant, sessionId, recordingId);
    if (Number(request.headers.get("content-length")) > MAX_CHUNK_BYTES)
      throw new ValidationError({ chunk: "recordingChunkTooLarge" });
    const bytes = await boundedBody(request, MAX_CHUNK_BYTES);
    if (bytes === "tooLarge") throw new ValidationError({ chunk: "recordingChunkTooLarge" });
    const mediaTime = request.headers.get("x-media-time-ms");
    const mediaTimeMs = mediaTime && /^\d{1,10}$/.test(mediaTime) ? Number(mediaTime) : undefined;
    return json(
      await appendRecordingChunk(participant, sessionId, recordingId, { index: Number(index), bytes, mediaTimeMs }),
    );
  });
}

export function finishRecordingResponse(request: Request, sessionId: string, recordingId: string): Promise<Response> {
  return answer(async (participant) => {
    const body = await smallJson(request);
    return json(await finishRecording(participant, sessionId, recordingId, { durationMs: body.durationMs }));
  });
}
