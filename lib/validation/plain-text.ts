/**
 * Free text as one person typed it for another to read (customer names, problems, chat, notes,
 * survey comments, file names): without the characters that make text show something other than
 * what it says. Applied where input is parsed, so what is stored is already clean. Pure.
 *
 * Removed: NUL and the other control characters (C0, DEL, C1) — except tab, line feed and carriage
 * return in multi-line text; the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reorder what follows ("Rechnung\u202Egnp.exe" shows as "Rechnungexe.png");
 * the rest of Unicode's default-ignorable characters — invisible spaces, joiners, fillers and tag
 * characters that hide text or make two different strings look the same; and the interlinear
 * annotation characters (U+FFF9–U+FFFB), which many renderers drop along with the text between them.
 *
 * Kept, although invisible, because people need them to write correctly and they cannot reorder
 * letters: the direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C) — Hebrew or Arabic text
 * with Latin names or numbers in it places its punctuation with them, and a mark only affects the
 * neutral characters next to it; ZWNJ and ZWJ (Persian and Indic spelling, emoji such as 👩‍💻);
 * variation selectors (text or emoji style), Mongolian free variation selectors, the soft hyphen,
 * the combining grapheme joiner; and tag characters inside an emoji flag (🏴 + tags + cancel tag).
 * File names, which have no use for the marks either, drop them too (see file-names.ts).
 */

const KEPT_INVISIBLE = "\\u00ad\\u034f\\u061c\\u180b-\\u180f\\u200c-\\u200f\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}";

/** An emoji tag sequence (subdivision flags), or one character that has no place in plain text. */
const UNWANTED = new RegExp(
  "(\\u{1f3f4}[\\u{e0020}-\\u{e007e}]+\\u{e007f})" +
    `|(?![\\t\\n\\r${KEPT_INVISIBLE}])[\\p{Cc}\\p{Default_Ignorable_Code_Point}\\ufff9-\\ufffb]`,
  "gu",
);

const strip = (value: string) => value.toWellFormed().replace(UNWANTED, (_, flag: string | undefined) => flag ?? "");

/** Multi-line text: keeps tabs and line breaks (U+2028/U+2029 become line feeds). */
export function plainText(value: string): string {
  return strip(value).replace(/[\u2028\u2029]/g, "\n");
}

/** One-line text (a name, an address): tabs and line breaks become one space. */
export function plainLine(value: string): string {
  return strip(value).replace(/[\t\n\r\u2028\u2029]+/g, " ");
}
