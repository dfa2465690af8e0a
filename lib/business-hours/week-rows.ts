import { type FormValues, MAX_RANGE_ROWS, rowsIn } from "./form-values";
import { WEEKDAYS, type Weekday } from "./weekdays";

/**
 * "Zeitraum hinzufügen" and "Zeitraum entfernen" in the week editor: submit buttons that post the
 * whole form with intent=addRange:<day> or removeRange:<day>:<row>, so they work without
 * JavaScript. The action answers with the form's values changed (nothing is saved) and `focus`
 * naming where the keyboard continues: the new row's first time, or the day's add button.
 */
export type RangeChange = { kind: "add"; day: Weekday } | { kind: "remove"; day: Weekday; row: number };

/** Value of `focus` that stands for a day's "Zeitraum hinzufügen" button. */
export const focusOfAddRange = (day: Weekday) => `addRange.${day}`;

const isWeekday = (value: string | undefined): value is Weekday => WEEKDAYS.some((day) => day === value);

/** The change an intent asks for; null for any other intent (save). */
export function rangeChangeOf(intent: string): RangeChange | null {
  const [kind, day, row] = intent.split(":");
  if (!isWeekday(day)) return null;
  if (kind === "addRange" && row === undefined) return { kind: "add", day };
  if (kind === "removeRange" && row !== undefined && /^\d{1,2}$/.test(row)) {
    return { kind: "remove", day, row: Number(row) };
  }
  return null;
}

/** The form's values after the change; `intent` and the old `focus` are dropped. */
export function applyRangeChange(submitted: FormValues, change: RangeChange): FormValues {
  const { intent: _intent, focus: _focus, ...values } = submitted;
  const { day } = change;
  const rows = rowsIn(values, `week.${day}`);
  const field = (row: number, end: "from" | "to") => `week.${day}.${row}.${end}`;
  if (change.kind === "add") {
    if (rows >= MAX_RANGE_ROWS) return { ...values, focus: focusOfAddRange(day) };
    // Adding a range means this day has times.
    return {
      ...values,
      [`week.${day}.mode`]: "ranges",
      [field(rows, "from")]: "",
      [field(rows, "to")]: "",
      focus: field(rows, "from"),
    };
  }
  if (change.row >= rows) return { ...values, focus: focusOfAddRange(day) };
  for (let row = change.row; row < rows - 1; row++) {
    for (const end of ["from", "to"] as const) values[field(row, end)] = values[field(row + 1, end)] ?? "";
  }
  delete values[field(rows - 1, "from")];
  delete values[field(rows - 1, "to")];
  return { ...values, focus: focusOfAddRange(day) };
}
