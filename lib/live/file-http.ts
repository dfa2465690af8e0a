import "server-only";
import { Readable } from "node:stream";
import { maxFileBytes, participantFilesMaxBytes, sessionFilesMaxBytes, sessionFilesMaxCount } from "@/lib/config/env";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { errorKeyOr } from "@/lib/errors/error-key";
import { boundedFormData } from "@/lib/forms/bounded-form-data";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { attachmentDisposition, servedContentType } from "./file-names";
import { assertMaySendFile, readFile, sendFile, type SessionFileContent } from "./files";
import { type Participant, participantLanguage } from "./participant";

/**
 * The HTTP side of session files, shared by the agent's and the customer's route handlers: JSON
 * answers with an error key of the Errors namespace for fetch callers, downloads as attachments.
 */

/** Who is asking: null when nobody is signed in; may throw NotFoundError (a customer's bad URL). */
export type ParticipantLookup = () => Promise<Participant | null>;

/**
 * Room for the multipart boundary and part headers around the file itself. Must stay below the
 * 1 MiB that next.config.mjs adds to the proxy's body buffer (see lib/forms/bounded-form-data.ts).
 */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const STATUS_OF_ERROR: Record<string, number> = {
  notSignedIn: 401,
  fileTransferOff: 403,
  notFound: 404,
  sessionEnded: 409,
  sessionFileCountExceeded: 409,
  fileTooLarge: 413,
  participantFileQuotaExceeded: 413,
  sessionFileQuotaExceeded: 413,
  storageFull: 507,
  screenSharingOff: 403,
  screenShareBusy: 409,
  screenShareNotCurrent: 409,
  screenSignalTooLarge: 413,
  screenSignalLimit: 429,
};

/** The limit a refusal is about, for callers that want to tell the user the number. */
function detailsOf(error: string): Record<string, number> {
  switch (error) {
    case "fileTooLarge":
      return { maxBytes: maxFileBytes() };
    case "participantFileQuotaExceeded":
      return { maxBytes: participantFilesMaxBytes() };
    case "sessionFileQuotaExceeded":
      return { maxBytes: sessionFilesMaxBytes() };
    case "sessionFileCountExceeded":
      return { maxFiles: sessionFilesMaxCount() };
    default:
      return {};
  }
}

function messageOf(error: string, locale: Locale): string {
  const t = translatorFor(locale, "Errors");
  return t(errorKeyOr(error, "fileUploadFailed"));
}

/**
 * `{ error, …limit }`, and with a `locale` also `message`: the error's text in that language, for
 * callers that do not carry Lotse's texts (the pages translate `error` themselves).
 */
export function errorResponse(error: string, locale?: Locale): Response {
  const body = { error, ...detailsOf(error), ...(locale ? { message: messageOf(error, locale) } : {}) };
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

type UploadOutcome = { sent: { id: string; name: string; size: number } } | { error: string };

/**
 * POST multipart/form-data with a `file` part → 201 `{ id, name, size }`. Access, the open session,
 * the feature and the room left (quota, disk) are checked before the body is read, so a refused
 * upload costs no parsing. A refusal says what happened in the sender's language: the agent's
 * setting, the customer's request language (see `errorResponse`). A browser posting the form
 * without JavaScript (it asks for HTML) is sent back to `page` with `?fileSent=1` or
 * `?fileError=<key>` instead (303), where the page shows the key's text by the file field.
 */
export async function fileUploadResponse(
  request: Request,
  sessionId: string,
  lookup: ParticipantLookup,
  page: string,
): Promise<Response> {
  let participant: Participant | null = null;
  let outcome: UploadOutcome;
  try {
    participant = await lookup();
    outcome = participant ? await receiveFile(request, sessionId, participant) : { error: "notSignedIn" };
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
  if ("error" in outcome) {
    const language = participant && (await participantLanguage(participant));
    return errorResponse(outcome.error, language ?? negotiateLocale(request.headers.get("accept-language")));
  }
  return Response.json(outcome.sent, { status: 201, headers: { "Cache-Control": "no-store" } });
}

async function receiveFile(request: Request, sessionId: string, participant: Participant): Promise<UploadOutcome> {
  await assertMaySendFile(participant, sessionId);
  // Content-Length, when given, refuses early; the count while reading is what holds.
  const maxBodyBytes = maxFileBytes() + MULTIPART_OVERHEAD_BYTES;
  if (Number(request.headers.get("content-length")) > maxBodyBytes) return { error: "fileTooLarge" };
  const form = await boundedFormData(request, maxBodyBytes);
  if (form === "tooLarge") return { error: "fileTooLarge" };
  if (form === "invalid") return { error: "fileMissing" };
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
    return attachmentResponse(await readFile(participant, sessionId, fileId));
  });
}

/** A session file as a download, typed so that the browser never renders it as a page. */
export function attachmentResponse(file: SessionFileContent): Response {
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
}
