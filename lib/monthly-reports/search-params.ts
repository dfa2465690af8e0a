import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { MONTHLY_REPORT_TYPES, type MonthlyReportType } from "./monthly-report-params";
import { type MonthKey, parseMonth } from "./months";

/** "Monatlichen Bericht wählen": the search's fields, as its GET form sends them. */
export const MONTHLY_SEARCH_FIELDS = ["name", "type", "fromMonth", "toMonth"] as const;
export type MonthlySearchFields = Partial<Record<(typeof MONTHLY_SEARCH_FIELDS)[number], string>>;

/** What the search asks for; null where it takes everything. */
export type MonthlySearch = {
  name: string | null;
  type: MonthlyReportType | null;
  fromMonth: MonthKey | null;
  toMonth: MonthKey | null;
};

const month = z
  .string()
  .trim()
  .max(20, "monthInvalid")
  .optional()
  .refine((value) => !value || parseMonth(value) !== null, "monthInvalid")
  .transform((value) => (value ? parseMonth(value) : null));

const schema = z
  .object({
    name: z
      .string()
      .trim()
      .max(100, "tooLong")
      .optional()
      .transform((value) => value || null),
    type: z
      .union([z.literal(""), z.enum(MONTHLY_REPORT_TYPES as [MonthlyReportType, ...MonthlyReportType[]])], {
        error: "monthlyReportTypeUnavailable",
      })
      .optional()
      .transform((value) => value || null),
    fromMonth: month,
    toMonth: month,
  })
  .superRefine((value, context) => {
    if (value.fromMonth && value.toMonth && value.toMonth < value.fromMonth)
      context.addIssue({ code: "custom", path: ["toMonth"], message: "monthRangeReversed" });
  });

/** The search from its address (user input): a ValidationError names each field that is wrong. */
export function parseMonthlySearch(fields: MonthlySearchFields): MonthlySearch {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
