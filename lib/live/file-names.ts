/** Pure rules for the names and types of transferred files (stored, shown and served). */
import { plainText } from "@/lib/validation/plain-text";

const MAX_FILE_NAME_LENGTH = 200;

// Beyond plain text's rules (control characters, the bidi overrides that make "gpj.exe" look like
// "exe.jpg", invisible characters): a name has no lines, and no use for direction marks either.
const NOT_IN_NAMES = /[\t\n\r\u061c\u200e\u200f]/g;

/**
 * The name shown to the other side: the last segment of whatever path the client sent (old
 * browsers send "C:\…\file.txt"), without control characters, trimmed, at most 200 characters
 * (keeping a short extension). Null when nothing usable is left. It is never used as a path.
 */
export function displayFileName(raw: string): string | null {
  const lastSegment = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = plainText(lastSegment).replace(NOT_IN_NAMES, "").trim();
  if (name === "" || name === "." || name === "..") return null;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const keep = extension.length > 0 && extension.length <= 16 ? extension : [];
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - keep.length)
      .join("")
      .trimEnd() + keep.join("")
  );
}

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,99}$/;

/** The client's content type without parameters, if it looks like one; else a generic binary type. */
export function normalizeContentType(raw: string): string {
  const type = raw.split(";")[0]!.trim().toLowerCase();
  return MIME_TYPE.test(type) ? type : "application/octet-stream";
}

/**
 * Types a browser can show without running anything. Everything else (HTML, SVG, XML, scripts …)
 * is served as bytes, so an uploaded file can never act as a page of Lotse's origin.
 */
const HARMLESS_TYPES = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/bmp",
  "application/pdf",
  "text/plain",
  "text/csv",
]);

export function servedContentType(stored: string): string {
  const type = normalizeContentType(stored);
  if (!HARMLESS_TYPES.has(type)) return "application/octet-stream";
  return type.startsWith("text/") ? `${type}; charset=utf-8` : type;
}

/** `attachment` with an ASCII fallback and the exact name as RFC 5987 `filename*`. */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
