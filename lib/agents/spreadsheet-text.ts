import { analyse } from "chardet";
import iconv from "iconv-lite";

export type SpreadsheetEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type DecodedSpreadsheet =
  { text: string; encoding: SpreadsheetEncoding } | { problem: "bulkFileNotText" | "bulkFileEncoding" };

const MARKS: { bytes: number[]; encoding: "utf-8" | "utf-16le" | "utf-16be" }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];
// No export contains C0 controls other than tab, LF and CR, nor DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const REPLACEMENT = "\uFFFD";
const WESTERN = new Set(["ISO-8859-1", "windows-1252"]);
const NOT_CANDIDATES = /^(UTF-|ASCII)/;
// Enough for chardet to judge; every candidate is still compared over the whole file.
const SAMPLE_BYTES = 64 * 1024;

/**
 * Reads a file a spreadsheet program saved as text. What managers upload, and how it is told apart:
 *
 * - Excel "CSV UTF-8": UTF-8 with a byte order mark; LibreOffice's default: UTF-8 without one.
 * - Excel "Unicode-Text": UTF-16LE with a byte order mark (UTF-16BE with its mark is read too).
 * - Excel "CSV (Trennzeichen-getrennt)", and LibreOffice set to "Westeuropa (Windows-1252)":
 *   Windows-1252 without a mark.
 *
 * Bytes that decode as UTF-8 without a single error are UTF-8 (a Windows-1252 umlaut is never valid
 * UTF-8 in names and words). Otherwise chardet is asked. It often calls Windows-1252 text
 * ISO-8859-1 — or ISO-8859-2/-9 when only ä, ö, ü and ß occur, which sit at the same bytes there; so
 * its best reading that decodes cleanly must either be one of those two or give the very same text.
 * Any other reading (Cyrillic, Central European letters) is ambiguous and refused rather than
 * creating "F�nf, J�rgen". NUL bytes or control characters mean the file is no text at all (an
 * Excel workbook, a PDF).
 */
export function decodeSpreadsheetText(bytes: Uint8Array): DecodedSpreadsheet {
  const mark = MARKS.find((m) => m.bytes.every((byte, i) => bytes[i] === byte));
  if (mark) {
    const rest = bytes.subarray(mark.bytes.length);
    const text = mark.encoding === "utf-8" ? strictUtf8(rest) : utf16(rest, mark.encoding);
    return checked(text, mark.encoding);
  }
  if (bytes.includes(0)) return { problem: "bulkFileNotText" };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return checked(utf8, "utf-8");
  const western = iconv.decode(bytes, "win1252");
  // Control characters mean binary in any reading; only then does the choice of reading matter.
  if (CONTROL.test(western)) return { problem: "bulkFileNotText" };
  return checked(onlyReading(bytes, western) ? western : null, "windows-1252");
}

function checked(text: string | null, encoding: SpreadsheetEncoding): DecodedSpreadsheet {
  if (text === null) return { problem: "bulkFileEncoding" };
  if (CONTROL.test(text)) return { problem: "bulkFileNotText" };
  return { text, encoding };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string | null {
  if (bytes.length % 2 !== 0) return null;
  const text = iconv.decode(bytes, encoding === "utf-16le" ? "utf16le" : "utf16be", { stripBOM: false });
  return text.includes(REPLACEMENT) ? null : text;
}

/** Whether `western`, the Windows-1252 reading of `bytes`, is the only plausible one. */
function onlyReading(bytes: Uint8Array, western: string): boolean {
  // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252: some other encoding wrote this.
  if (western.includes(REPLACEMENT)) return false;
  for (const { name } of analyse(bytes.subarray(0, SAMPLE_BYTES))) {
    if (WESTERN.has(name)) return true;
    // Unicode without a mark is not what spreadsheets write, and these bytes are not UTF-8 (nor ASCII).
    if (NOT_CANDIDATES.test(name) || !iconv.encodingExists(name)) continue;
    const other = iconv.decode(bytes, name);
    if (other.includes(REPLACEMENT)) continue; // not a valid reading at all
    return other === western;
  }
  return false;
}
