/**
 * One `Range: bytes=…` request over `total` bytes (RFC 9110 §14), as a `<video>` element sends
 * it: `start-end`, `start-` or the suffix `-length`. Null without a header (or one this does not
 * serve, such as several ranges: the whole file is the answer then); "unsatisfiable" when it lies
 * beyond the end (416). `end` is inclusive.
 */
export type ByteRange = { start: number; end: number };

export function parseByteRange(header: string | null, total: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const length = Number(match[2]);
    if (length === 0 || total === 0) return "unsatisfiable";
    return { start: Math.max(0, total - length), end: total - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? total - 1 : Math.min(Number(match[2]), total - 1);
  if (start >= total || end < start) return "unsatisfiable";
  return { start, end };
}
