import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrorCode } from "@/lib/errors/error-key";
import { formField } from "@/lib/forms/form-fields";
import { reportFields, reportParamsFromForm } from "@/lib/reports/report-form";
import { parseReportParams, REPORT_TYPES, type ReportParams, type ReportType } from "@/lib/reports/report-params";
import { reportQuery } from "@/lib/reports/report-query";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainText } from "@/lib/validation/plain-text";
import { type MonthKey, monthPeriod } from "./months";

/**
 * The report types a monthly report may have: every one but Sitzungsdetails — a list of single
 * sessions is session data, kept 90 days; the manual names "Portal- und Mitarbeiterleistung,
 * Servicemetriken und Kunden-Feedback" (decision record 25).
 */
export const MONTHLY_REPORT_TYPES = REPORT_TYPES.filter((type) => type !== "sessionDetails");
export type MonthlyReportType = Exclude<ReportType, "sessionDetails">;

/** The formats of "Download": the first one offered is the report's own. */
export const MONTHLY_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type MonthlyFormat = (typeof MONTHLY_FORMATS)[number];

export const isMonthlyFormat = (value: unknown): value is MonthlyFormat =>
  (MONTHLY_FORMATS as readonly unknown[]).includes(value);

/** A monthly report's parameters: a report's, without a period (each month is its own). */
export type MonthlyReportParams = Omit<ReportParams, "period"> & { type: MonthlyReportType };

export type MonthlyReportInput = { name: string; params: MonthlyReportParams; format: MonthlyFormat };

const schema = z.object({
  name: z.string().overwrite(plainText).trim().min(1, "reportNameRequired").max(100, "tooLong"),
  format: z.enum(MONTHLY_FORMATS, { error: "monthlyReportFormatRequired" }),
});

/** "Neuen Monatsbericht erstellen": a report's fields without a Zeitraum, a name and a format. */
export const monthlyReportFields = reportFields.omit({ period: true }).extend({
  name: formField.text(),
  format: formField.text(),
});

/**
 * The form's fields — a name, the report type, portal › sub-portal, team and agent, the grouping
 * and the format — as the report's parameters. Everything is user input; the filters are checked
 * against the owner's scope when the report is created.
 */
export function monthlyReportFromForm({
  name,
  format,
  ...fields
}: z.output<typeof monthlyReportFields>): MonthlyReportInput {
  const errors: Record<string, FieldErrorCode> = {};
  let params: ReportParams | null = null;
  try {
    // The reports' own parsing, with a period the month replaces.
    params = reportParamsFromForm({ ...fields, period: "lastMonth" });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, error.fieldErrors);
  }
  if (params && !isMonthlyType(params.type)) errors.type = "monthlyReportTypeUnavailable";
  const parsed = schema.safeParse({ name, format: format || undefined });
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error));
  if (Object.keys(errors).length > 0 || !params || !parsed.success) throw new ValidationError(errors);
  return { name: parsed.data.name, format: parsed.data.format, params: withoutPeriod(params) };
}

const isMonthlyType = (type: ReportType): type is MonthlyReportType => type !== "sessionDetails";

function withoutPeriod({ period: _period, ...rest }: ReportParams): MonthlyReportParams {
  return rest as MonthlyReportParams;
}

/** Stored as the report's query without its period: SavedReport.params's form. */
export function storedMonthlyParams(params: MonthlyReportParams): string {
  const query = reportQuery({ ...params, period: { kind: "lastMonth" } });
  query.delete("period");
  return JSON.stringify(Object.fromEntries(query));
}

/** The stored parameters, parsed again (they may predate today's rules): null if they no longer parse. */
export function parseStoredMonthlyParams(json: string): MonthlyReportParams | null {
  try {
    const params = parseReportParams({ ...(JSON.parse(json) as Record<string, unknown>), period: "lastMonth" });
    return isMonthlyType(params.type) ? withoutPeriod(params) : null;
  } catch {
    return null;
  }
}

/** A month of a monthly report as a report's parameters: its days, as "Start-/Enddatum" would name them. */
export function paramsForMonth(params: MonthlyReportParams, month: MonthKey, timeZone: string): ReportParams {
  const { from, to } = monthPeriod(month, timeZone);
  const day = (at: Date) =>
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
  return { ...params, period: { kind: "custom", startDate: day(from), endDate: day(new Date(to.getTime() - 1)) } };
}
