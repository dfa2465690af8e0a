/** The separators spreadsheet programs write: comma (LibreOffice, English Excel), semicolon (German Excel), tab ("Unicode-Text"). */
export const FIELD_SEPARATORS = [",", ";", "\t"] as const;
export type FieldSeparator = (typeof FIELD_SEPARATORS)[number];

/**
 * Which separator splits `text` into records of `fieldCount` fields, for data without a header line.
 * Counts each candidate outside quotes on every record (a quoted field may hold any separator and
 * line breaks; a doubled quote toggles twice and changes nothing). The candidate that gives exactly
 * `fieldCount` fields on the most records wins — a custom field "Bonn, Haus B" in a semicolon file
 * adds a comma on one line, not on most. When none fits any record but only one occurs at all, it
 * is taken, so each line gets its own "8 fields expected" message. Otherwise (a tie, no separator,
 * several that never fit) the answer is null: better to ask than to split the file wrongly.
 */
export function detectSeparator(text: string, fieldCount: number): FieldSeparator | null {
  const fits = [0, 0, 0];
  const seen = [0, 0, 0];
  let counts = [0, 0, 0];
  let quoted = false;
  let blank = true;
  const endRecord = () => {
    if (!blank) {
      counts.forEach((count, i) => {
        if (count === fieldCount - 1) fits[i]!++;
        if (count > 0) seen[i]!++;
      });
    }
    counts = [0, 0, 0];
    blank = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\n" || char === "\r") {
      endRecord();
      continue;
    }
    const separator = FIELD_SEPARATORS.indexOf(char as FieldSeparator);
    if (separator >= 0) counts[separator]!++;
    if (blank && !/\s/.test(char)) blank = false;
  }
  endRecord();
  const best = Math.max(...fits);
  if (best > 0) {
    const winners = FIELD_SEPARATORS.filter((_, i) => fits[i] === best);
    return winners.length === 1 ? winners[0]! : null;
  }
  const present = FIELD_SEPARATORS.filter((_, i) => seen[i]! > 0);
  return present.length === 1 ? present[0]! : null;
}
