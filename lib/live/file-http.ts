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

/** The Errors key of a domain refusal; anything else is a real failure and propagates. */
function errorKeyOf(error: unknown): string {
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ValidationError) return Object.values(error.fieldErrors)[0] ?? "required";
  throw error;
}

export async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return errorResponse(errorKeyOf(error));
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
  let outcome: { sent: { id: string; name: string; size: number } } | { error: string };
  try {
    outcome = await receiveFile(request, sessionId, lookup);
  } catch (error) {
    outcome = { error: errorKeyOf(error) };
  }
  if ((request.headers.get("accept") ?? "").includes("text/html")) {
    const query = "error" in outcome ? `fileError=${encodeURIComponent(outcome.error)}` : "fileSent=1";
    return new Response(null, {
      status: 303,
      headers: { Location: `${page}?${query}#files`, "Cache-Control": "no-store" },
    });
  }
  if ("error" in outcome) return errorResponse(outcome.error);
  return Response.json(outcome.sent, { status: 201, headers: { "Cache-Control": "no-store" } });
}

async function receiveFile(
  request: Request,
  sessionId: string,
  lookup: ParticipantLookup,
): Promise<{ sent: { id: string; name: string; size: number } } | { error: string }> {
  const participant = await lookup();
  if (!participant) return { error: "notSignedIn" };
  await assertMaySendFile(participant, sessionId);
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxFileBytes() + MULTIPART_OVERHEAD_BYTES) return { error: "fileTooLarge" };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { error: "fileMissing" };
  }
  const file = form.get("file");
  // A form posted with no file chosen carries an empty part without a file name; depending on the
  // parser it arrives as "" or as an empty, nameless File.
  const nothingChosen = file instanceof File && file.name === "" && file.size === 0;
  if (file === null || typeof file === "string" || nothingChosen) return { error: "fileMissing" };
  if (file.size > maxFileBytes()) return { error: "fileTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sent = await sendFile(participant, sessionId, { name: file.name, contentType: file.type, bytes });
  return { sent: { id: sent.id, name: sent.name, size: sent.size } };
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
