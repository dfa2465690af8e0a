import "server-only";
import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { attachmentDisposition } from "@/lib/live/file-names";
import { recordingStream } from "./replay";
import type { ReplayPurpose } from "./replay-tickets";

/**
 * A replay ticket's video, for Sitzungsinformationen's route handlers (decision record 26):
 * `replay` answers the `<video>` element's Range requests (200 or 206, `Accept-Ranges: bytes`,
 * 416 past the end); `export` is the whole video as the attachment `sitzung-<number>-<n>.webm`.
 * Never cached. A ticket that is not the viewer's, expired, or for something else: 404.
 */
export async function recordingBytesResponse(
  request: Request,
  params: { number: string; recordingId: string; ticket: string },
  purpose: ReplayPurpose,
): Promise<Response> {
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 404 });
  try {
    const range = purpose === "replay" ? request.headers.get("range") : null;
    const video = await recordingStream(actor, params.ticket, range, {
      purpose,
      recordingId: params.recordingId,
      sessionNumber: params.number,
    });
    const headers: Record<string, string> = {
      "Content-Type": "video/webm",
      "Accept-Ranges": "bytes",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if (purpose === "export")
      headers["Content-Disposition"] = attachmentDisposition(`sitzung-${video.sessionNumber}-${video.ordinal}.webm`);
    if (video.unsatisfiable)
      return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${video.total}` } });
    if (!video.range)
      return new Response(video.body, { status: 200, headers: { ...headers, "Content-Length": String(video.total) } });
    const { start, end } = video.range;
    return new Response(video.body, {
      status: 206,
      headers: {
        ...headers,
        "Content-Length": String(end - start + 1),
        "Content-Range": `bytes ${start}-${end}/${video.total}`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
