import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrorCode } from "@/lib/errors/error-key";
import { formField } from "@/lib/forms/form-fields";
import { type DeliverySchedule, parseDeliverySchedule } from "./delivery/schedule";
import { parseReportParams, type ReportParams } from "./report-params";

/** The Berichte form's report settings, as its actions read them (the domain checks them). */
export const reportFields = z.object({
  type: formField.text(),
  period: formField.text(),
  startDate: formField.text(),
  endDate: formField.text(),
  portal: formField.text(),
  teamId: formField.text(),
  agentId: formField.text(),
  grouping: formField.text(),
});

/** E-Mail-Zustellung's fields. */
export const deliveryFields = z.object({
  deliveryFrequency: formField.text(),
  deliveryWeekday: formField.text(),
  deliveryMonthDay: formField.text(),
  deliveryTime: formField.text(),
  deliveryFormat: formField.text(),
});

/**
 * The form's one "Portal" list holds whole portals and their sub-portals ("portal:<id>",
 * "subPortal:<id>"), so it works without JavaScript; the report's parameters keep them apart.
 * Anything else in that field is "choose from the list".
 */
export function reportParamsFromForm(fields: z.output<typeof reportFields>): ReportParams {
  const { portal } = fields;
  const [, kind, id] = /^(portal|subPortal):(.+)$/.exec(portal) ?? [];
  if (portal && !kind) throw new ValidationError({ portalId: "reportFilterInvalid" });
  return parseReportParams({
    type: fields.type,
    period: fields.period,
    startDate: fields.startDate,
    endDate: fields.endDate,
    portalId: kind === "portal" ? id : "",
    subPortalId: kind === "subPortal" ? id : "",
    teamId: fields.teamId,
    agentId: fields.agentId,
    grouping: fields.grouping || undefined,
  });
}

/**
 * E-Mail-Zustellung from the form: a schedule, or null when an edit page chose "Keine
 * E-Mail-Zustellung" (an empty frequency). Bad fields are a ValidationError naming each.
 */
export function deliveryScheduleFromForm(fields: z.output<typeof deliveryFields>, { optional }: { optional: boolean }) {
  if (optional && fields.deliveryFrequency === "") return null;
  return parseDeliverySchedule({
    deliveryFrequency: fields.deliveryFrequency,
    deliveryWeekday: fields.deliveryWeekday,
    deliveryMonthDay: fields.deliveryMonthDay,
    deliveryTime: fields.deliveryTime,
    deliveryFormat: fields.deliveryFormat,
  });
}

/**
 * Runs every parser of one form and reports all their fields' errors together, so a form with a
 * bad Zeitraum and a bad delivery time says both at once.
 */
export function parseTogether<A, B>(first: () => A, second: () => B): [A, B] {
  const results = [first, second].map((parse) => {
    try {
      return { value: parse() as unknown };
    } catch (error) {
      if (error instanceof ValidationError) return { errors: error.fieldErrors };
      throw error;
    }
  });
  const errors = Object.assign({}, ...results.map((result) => result.errors ?? {})) as Record<string, FieldErrorCode>;
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return [results[0]!.value as A, results[1]!.value as B];
}

/**
 * The form's fields for a report's parameters: a generated report's, or a saved report's with its
 * name and E-Mail-Zustellung (none shows as "Keine E-Mail-Zustellung"; the Berichte tab suggests
 * weekly).
 */
export function reportFormValues(
  params: ReportParams | null,
  saved?: { name: string; schedule: DeliverySchedule | null },
) {
  const schedule = saved?.schedule ?? null;
  return {
    type: params?.type ?? "summary",
    period: params?.period.kind ?? "last7Days",
    startDate: params?.period.kind === "custom" ? params.period.startDate : "",
    endDate: params?.period.kind === "custom" ? params.period.endDate : "",
    portal: params?.subPortalId
      ? `subPortal:${params.subPortalId}`
      : params?.portalId
        ? `portal:${params.portalId}`
        : "",
    teamId: params?.teamId ?? "",
    agentId: params?.agentId ?? "",
    grouping: params?.grouping ?? "none",
    name: saved?.name ?? "",
    deliveryFrequency: schedule?.frequency ?? (saved ? "" : "weekly"),
    deliveryWeekday: String(schedule?.weekday ?? 1),
    deliveryMonthDay: String(schedule?.monthDay ?? 1),
    deliveryTime: schedule?.time ?? "07:00",
    deliveryFormat: schedule?.format ?? "csv",
  };
}
