import { addDays } from "date-fns";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrors } from "@/lib/errors/error-key";
import { localDay } from "@/lib/reports/period";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { AUDIT_AREAS, AUDIT_OBJECT_TYPES, type AuditObjectType } from "./audit-catalog";

/** The Protokoll's filter, as an address or the form has it: every field is user input. */
export const AUDIT_FILTER_FIELDS = ["from", "to", "actor", "area", "objectType", "objectId"] as const;
export type AuditFilterFields = Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string>>;

/** The filter's fields in an address (the page's, or its export's). */
export function auditFieldsOf(query: URLSearchParams): AuditFilterFields {
  return Object.fromEntries(AUDIT_FILTER_FIELDS.flatMap((name) => (query.has(name) ? [[name, query.get(name)!]] : [])));
}

/** A parsed filter: instants (from included, to excluded), a login prefix, an area, an object. */
export type AuditFilter = {
  from: Date | null;
  to: Date | null;
  actor: string | null;
  area: string | null;
  objectType: AuditObjectType | null;
  /** Set through a row's "only this object" link, always with its type. */
  objectId: string | null;
};

const optionalChoice = <T extends readonly string[]>(values: T) =>
  z
    .union([z.literal(""), z.enum(values as unknown as [string, ...string[]])], { error: "auditFilterInvalid" })
    .optional()
    .transform((value) => value || null);

const day = z.string({ error: "reportDateInvalid" }).trim().max(20, "reportDateInvalid").optional();

const schema = z.object({
  from: day,
  to: day,
  actor: z
    .string({ error: "auditActorTooLong" })
    .trim()
    .toLowerCase()
    .max(200, "auditActorTooLong")
    .optional()
    .transform((value) => value || null),
  area: optionalChoice(AUDIT_AREAS),
  objectType: optionalChoice(AUDIT_OBJECT_TYPES),
  objectId: z
    .string({ error: "auditFilterInvalid" })
    .trim()
    .max(100, "auditFilterInvalid")
    .refine((value) => value === "" || /^[A-Za-z0-9_:.@+-]+$/.test(value), "auditFilterInvalid")
    .optional()
    .transform((value) => value || null),
});

/**
 * Reads a filter; days are calendar days on the viewer's clock (`timeZone`), "Bis" included.
 * Throws ValidationError with the fields' message keys.
 */
export function parseAuditFilter(fields: AuditFilterFields, timeZone: string): AuditFilter {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { from, to, actor, area, objectType, objectId } = parsed.data;
  const start = from ? localDay(from, timeZone) : null;
  const end = to ? localDay(to, timeZone) : null;
  const errors: FieldErrors = {};
  if (from && !start) errors.from = "reportDateInvalid";
  if (to && !end) errors.to = "reportDateInvalid";
  if (start && end && end.getTime() < start.getTime()) errors.to = "reportEndBeforeStart";
  if (objectId && !objectType) errors.objectType = "auditFilterInvalid";
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return {
    from: start ? new Date(start.getTime()) : null,
    to: end ? new Date(addDays(end, 1).getTime()) : null,
    actor,
    area,
    objectType: objectType as AuditObjectType | null,
    objectId,
  };
}

/** The address of a filter (and its next pages): only the fields that say something. */
export function auditFilterQuery(fields: AuditFilterFields, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of AUDIT_FILTER_FIELDS) {
    const value = fields[name]?.trim();
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return query.toString();
}
