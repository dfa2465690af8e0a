import { z } from "zod";
import { formField } from "@/lib/forms/form-fields";
import { MAX_DATE_ROWS, MAX_RANGE_ROWS } from "./form-values";
import type { HolidaySetInput, HoursSetInput } from "./set-input";
import { WEEKDAYS, type Weekday } from "./weekdays";

// The business-hours forms as the actions read them (readForm nests "week.mon.0.from" into
// week.mon["0"].from). Kept apart from form-values.ts, which the browser's week editor imports:
// zod stays on the server (decision record 17).

/**
 * Numbered rows ("dates.0.…", "dates.2.…") as a list by their number: a gap is an empty row, so
 * every error the domain names ("dates.2.startDate") still lands on its own row. At most `max`.
 */
function numberedRows<T>(rows: Record<string, T | undefined>, max: number, empty: T): T[] {
  const count = Object.keys(rows).reduce(
    (most, key) => (/^\d+$/.test(key) ? Math.max(most, Number(key) + 1) : most),
    0,
  );
  const length = Math.min(max, count);
  return Array.from({ length }, (_, row) => rows[String(row)] ?? empty);
}

const range = z.object({ from: formField.text(), to: formField.text() });

/** A day of the week editor: its mode and its numbered time ranges. */
const day = z
  .object({ mode: formField.text() })
  .catchall(range.optional())
  .optional()
  .transform((sent) => {
    const { mode, ...ranges } = sent ?? { mode: "" };
    return {
      mode: typeof mode === "string" ? mode : "",
      ranges: numberedRows(ranges as Record<string, z.output<typeof range>>, MAX_RANGE_ROWS, { from: "", to: "" }),
    };
  });

const date = z.object({
  name: formField.text(),
  startDate: formField.text(),
  endDate: formField.text(),
  everyYear: formField.checkbox(),
});

const setFields = z.object({
  setId: formField.text(),
  /** Which button sent the form: a save, or a change of the form itself (rows added or removed). */
  intent: formField.text(),
  name: formField.text(),
  timeZone: formField.text(),
  closedMessageDe: formField.text(),
  closedMessageEn: formField.text(),
  /** Only company managers' forms carry the portal checkboxes ("portal.<id>") and this marker. */
  assignPortals: formField.text(),
  portal: formField.group(),
});

const week = Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, day])) as Record<Weekday, typeof day>;

export const hoursSetFields = setFields.extend({ week: z.object(week).prefault({}) });

export const holidaySetFields = setFields.extend({
  /** The rows the form shows; "Weitere Termine" raises it. */
  dateRows: formField.text(),
  dates: z.record(z.string(), date.optional()).default({}),
});

function commonOf(values: z.output<typeof setFields>) {
  return {
    name: values.name,
    timeZone: values.timeZone,
    closedMessageDe: values.closedMessageDe,
    closedMessageEn: values.closedMessageEn,
    // Without the marker the assignment stays as it is.
    portalIds: values.assignPortals === "1" ? Object.keys(values.portal) : undefined,
  };
}

export function hoursSetInputOf(values: z.output<typeof hoursSetFields>): HoursSetInput {
  return { ...commonOf(values), week: WEEKDAYS.map((weekday) => values.week[weekday]) };
}

export function holidaySetInputOf(values: z.output<typeof holidaySetFields>): HolidaySetInput {
  const empty = { name: "", startDate: "", endDate: "", everyYear: false };
  return { ...commonOf(values), dates: numberedRows(values.dates, MAX_DATE_ROWS + 1, empty) };
}
