import type { ErrorKey } from "@/lib/errors/error-key";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";

export type FileSendStatus = { kind: "idle" | "sending" | "sent" } | { kind: "error"; key: ErrorKey };

/** The Errors keys an upload can answer with (file-http.ts); anything else in the URL is ignored. */
const UPLOAD_ERRORS = new Set<ErrorKey>([
  "notSignedIn",
  "fileTransferOff",
  "notFound",
  "sessionEnded",
  "fileTooLarge",
  "fileMissing",
  "fileEmpty",
  "fileNameInvalid",
  "fileUploadFailed",
  "participantFileQuotaExceeded",
  "sessionFileQuotaExceeded",
  "sessionFileCountExceeded",
  "storageFull",
]);

/** The key to show for an upload's answer (a query parameter, a JSON body): a known one, or "fileUploadFailed". */
export function uploadErrorKey(value: unknown): ErrorKey {
  return (UPLOAD_ERRORS as ReadonlySet<unknown>).has(value) ? (value as ErrorKey) : "fileUploadFailed";
}

/**
 * Without JavaScript the file form posts to the upload route, which sends the browser back to the
 * session page with `?fileSent=1` or `?fileError=<key>`: the form shows that by its field.
 */
export function fileSendStatusOf(params: Awaited<SearchParams>): FileSendStatus {
  const error = firstParam(params.fileError);
  if (error) return { kind: "error", key: uploadErrorKey(error) };
  return firstParam(params.fileSent) === "1" ? { kind: "sent" } : { kind: "idle" };
}
