import "server-only";
import { Readable } from "node:stream";
import { maxFileBytes } from "@/lib/config/env";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { attachmentDisposition, servedContentType } from "./file-names";
import { assertMaySendFile, readFile, sendFile } from "./files";
import type { Participant } from "./participant";

/**
 * The HTTP side of session files, shared by the agent's and the customer's route handlers: JSON
 * answers with an error key of the Errors namespace for fetch callers, downloads as attachments.
 */

/** Who is asking: null when nobody is signed in; may throw NotFoundError (a customer's bad URL). */
export type ParticipantLookup = () => Promise<Participant | null>;

/** Room for the multipart boundary and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const STATUS_OF_ERROR: Record<string, number> = {
  notSignedIn: 401,
  fileTransferOff: 403,
  notFound: 404,
  sessionEnded: 409,
  fileTooLarge: 413,
};

export function errorResponse(error: string): Response {
  const body = error === "fileTooLarge" ? { error, maxBytes: maxFileBytes() } : { error };
  return Response.json(body, { status: STATUS_OF_ERROR[error] ?? 400, headers: { "Cache-Control": "no-store" } });
}

export async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse("notFound");
    if (error instanceof ValidationError) return errorResponse(Object.values(error.fieldErrors)[0] ?? "required");
    throw error;
  }
}

/**
 * POST multipart/form-data with a `file` part → 201 `{ id, name, size }`. Access, the open session
 * and the feature are checked before the body is read, so a refused upload costs no parsing.
 * A browser posting the form without JavaScript (it asks for HTML) is sent back to `page` with
 * `?fileSent=1` or `?fileError=<key>` instead (303).
 */
export async function fileUploadResponse(
  request: Request,
  sessionId: string,
  lookup: ParticipantLookup,
  page: string,
): Promise<Response> {
  const response = await jsonUploadResponse(request, sessionId, lookup);
  if (!(request.headers.get("accept") ?? "").includes("text/html")) return response;
  const error = response.ok ? null : (((await response.json()) as { error?: string }).error ?? "fileUploadFailed");
  const query = error ? `fileError=${encodeURIComponent(error)}` : "fileSent=1";
  return new Response(null, {
    status: 303,
    headers: { Location: `${page}?${query}#files`, "Cache-Control": "no-store" },
  });
}

function jsonUploadResponse(request: Request, sessionId: string, lookup: ParticipantLookup): Promise<Response> {
  return answer(async () => {
    const participant = await lookup();
    if (!participant) return errorResponse("notSignedIn");
    await assertMaySendFile(participant, sessionId);
    const declared = Number(request.headers.get("content-length"));
    if (declared > maxFileBytes() + MULTIPART_OVERHEAD_BYTES) return errorResponse("fileTooLarge");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return errorResponse("fileMissing");
    }
    const file = form.get("file");
    // A form posted with no file chosen carries an empty part without a file name; depending on the
    // parser it arrives as "" or as an empty, nameless File.
    const nothingChosen = file instanceof File && file.name === "" && file.size === 0;
    if (file === null || typeof file === "string" || nothingChosen) return errorResponse("fileMissing");
    if (file.size > maxFileBytes()) return errorResponse("fileTooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sent = await sendFile(participant, sessionId, { name: file.name, contentType: file.type, bytes });
    return Response.json(
      { id: sent.id, name: sent.name, size: sent.size },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  });
}

/** GET → the file as an attachment, typed so that the browser never renders it as a page. */
export function fileDownloadResponse(sessionId: string, fileId: string, lookup: ParticipantLookup): Promise<Response> {
  return answer(async () => {
    const participant = await lookup();
    if (!participant) return errorResponse("notSignedIn");
    const file = await readFile(participant, sessionId, fileId);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": servedContentType(file.contentType),
        "Content-Length": String(file.size),
        "Content-Disposition": attachmentDisposition(file.name),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
