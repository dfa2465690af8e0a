import { TZDate } from "@date-fns/tz";
import { addDays, getDaysInMonth } from "date-fns";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrors } from "@/lib/errors/error-key";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { DELIVERY_FORMATS, type DeliveryFormat, FREQUENCIES, type Frequency } from "./schedule-options";

/** When and how a saved report is sent. */
export type DeliverySchedule = {
  frequency: Frequency;
  /** Weekly only. */
  weekday: number | null;
  /** Monthly only: 1–31; a shorter month has its delivery on its last day. */
  monthDay: number | null;
  /** "HH:MM" on the owner's clock. */
  time: string;
  format: DeliveryFormat;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const whole = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,2}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

const schema = z.object({
  deliveryFrequency: z.enum(FREQUENCIES, { error: "deliveryFrequencyRequired" }),
  deliveryTime: z.string({ error: "deliveryTimeInvalid" }).trim().regex(TIME, "deliveryTimeInvalid"),
  deliveryFormat: z.enum(DELIVERY_FORMATS, { error: "deliveryFormatRequired" }),
});

const dayFields = {
  weekly: { field: "deliveryWeekday", max: 7, message: "deliveryWeekdayRequired" },
  monthly: { field: "deliveryMonthDay", max: 31, message: "deliveryMonthDayRequired" },
} as const;

/**
 * A schedule from what the browser sent (the Berichte form's E-Mail-Zustellung): every field is user
 * input, and bad input is a ValidationError naming each bad field. Only the frequency's own day is
 * read: the other day field may hold anything the form kept.
 */
export function parseDeliverySchedule(input: Record<string, unknown>): DeliverySchedule {
  const parsed = schema.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const frequency = input.deliveryFrequency;
  const dayField = frequency === "weekly" || frequency === "monthly" ? dayFields[frequency] : null;
  let day: number | null = null;
  if (dayField) {
    const read = whole(1, dayField.max, dayField.message).safeParse(input[dayField.field] ?? "");
    if (read.success) day = read.data;
    else errors[dayField.field] = dayField.message;
  }
  if (!parsed.success || Object.keys(errors).length > 0) throw new ValidationError(errors);
  const { deliveryFrequency, deliveryTime, deliveryFormat } = parsed.data;
  return {
    frequency: deliveryFrequency,
    weekday: deliveryFrequency === "weekly" ? day : null,
    monthDay: deliveryFrequency === "monthly" ? day : null,
    time: deliveryTime,
    format: deliveryFormat,
  };
}

/**
 * The first delivery strictly after `after`, on the clock of `timeZone`. Days are the clock's
 * days, so a daily series is sent once a day when the clock is turned: a time the clock skips
 * (02:30 on the night it jumps to 03:00) is sent at the first minute after the gap, a time it has
 * twice is sent at the first.
 */
export function nextDeliveryAt(schedule: DeliverySchedule, timeZone: string, after: Date): Date {
  const [hours, minutes] = schedule.time.split(":").map(Number) as [number, number];
  const today = new TZDate(after.getTime(), timeZone);
  // A monthly slot is at most 31 days away; a day more covers the day the search starts on.
  for (let offset = 0; offset <= 32; offset++) {
    const day = addDays(new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), timeZone), offset);
    if (!isDeliveryDay(schedule, day)) continue;
    const slot = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone);
    if (slot.getTime() > after.getTime()) return new Date(slot.getTime());
  }
  throw new Error(`no delivery within 32 days of ${after.toISOString()}`);
}

function isDeliveryDay(schedule: DeliverySchedule, day: TZDate): boolean {
  switch (schedule.frequency) {
    case "daily":
      return true;
    case "weekly":
      // getDay counts Sunday as 0.
      return (day.getDay() || 7) === schedule.weekday;
    case "monthly":
      return day.getDate() === Math.min(schedule.monthDay ?? 1, getDaysInMonth(day));
  }
}
