import { z } from "zod";
import type { FieldErrors } from "@/lib/errors/error-key";
import { fieldErrorsOf, timeZoneField } from "@/lib/validation/fields";
import { ValidationError } from "@/lib/errors/domain-errors";
import { parseWeek, type Week, type WeekInput } from "./week";

// Error messages are keys of the "Errors" namespace.

const nameField = z.string().trim().min(1, "setNameRequired").max(100, "tooLong");
const messageField = z.string().trim().max(1000, "tooLong");

const commonSchema = z.object({
  name: nameField,
  timeZone: timeZoneField,
  closedMessageDe: messageField,
  closedMessageEn: messageField,
  portalIds: z.array(z.string().max(100)).max(1000).optional(),
});

type Common = z.infer<typeof commonSchema>;

export type HoursSetInput = z.input<typeof commonSchema> & { week: WeekInput };
export type ParsedHoursSet = Common & { week: Week };

export type HolidayDateInput = {
  name: string;
  startDate: string;
  endDate: string;
  everyYear: boolean;
};
export type HolidaySetInput = z.input<typeof commonSchema> & { dates: HolidayDateInput[] };
export type HolidayDate = HolidayDateInput;
export type ParsedHolidaySet = Common & { dates: HolidayDate[] };

function parseCommon(input: unknown, errors: FieldErrors): Common | null {
  const parsed = commonSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  Object.assign(errors, fieldErrorsOf(parsed.error));
  return null;
}

/** Validates a business-hours set; throws ValidationError with every field's first problem. */
export function parseHoursSetInput(input: HoursSetInput): ParsedHoursSet {
  const errors: FieldErrors = {};
  const common = parseCommon(input, errors);
  const week = parseWeek(input.week);
  if (!week.ok) Object.assign(errors, week.fieldErrors);
  if (!common || !week.ok) throw new ValidationError(errors);
  return { ...common, week: week.week };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day "YYYY-MM-DD" (so 2027-02-29 is refused, 2028-02-29 accepted). */
function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function sameDayNextYear(date: string): string {
  return `${String(Number(date.slice(0, 4)) + 1).padStart(4, "0")}${date.slice(4)}`;
}

/**
 * Validates date rows. Rows without name and dates are ignored but keep their index, so an error
 * names the row the person sees. An empty end means a single day. A yearly range must be shorter
 * than a year: otherwise its month and day could not tell where it starts.
 */
function parseHolidayDates(rows: HolidayDateInput[]): {
  dates: HolidayDate[];
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const dates: HolidayDate[] = [];
  if (rows.length > 500) return { dates, errors: { dates: "tooManyDates" } };
  rows.forEach((row, index) => {
    const name = row.name.trim();
    const startDate = row.startDate.trim();
    const endText = row.endDate.trim();
    if (name === "" && startDate === "" && endText === "") return;
    const problems: FieldErrors = {};
    if (name === "") problems.name = "dateNameRequired";
    else if (name.length > 100) problems.name = "tooLong";
    if (startDate === "") problems.startDate = "startDateRequired";
    else if (!isCalendarDate(startDate)) problems.startDate = "dateInvalid";
    if (endText !== "" && !isCalendarDate(endText)) problems.endDate = "dateInvalid";
    const endDate = endText || startDate;
    if (!problems.startDate && !problems.endDate) {
      if (endDate < startDate) problems.endDate = "dateRangeReversed";
      else if (row.everyYear && endDate >= sameDayNextYear(startDate)) problems.endDate = "dateRangeTooLong";
    }
    for (const [key, problem] of Object.entries(problems)) errors[`dates.${index}.${key}`] = problem;
    if (Object.keys(problems).length === 0) dates.push({ name, startDate, endDate, everyYear: row.everyYear });
  });
  return { dates, errors };
}

/** Validates a holiday set with its dates; nothing of it is valid unless all of it is. */
export function parseHolidaySetInput(input: HolidaySetInput): ParsedHolidaySet {
  const errors: FieldErrors = {};
  const common = parseCommon(input, errors);
  const { dates, errors: dateErrors } = parseHolidayDates(input.dates);
  Object.assign(errors, dateErrors);
  if (!common || Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { ...common, dates: [...dates].sort((a, b) => a.startDate.localeCompare(b.startDate)) };
}
