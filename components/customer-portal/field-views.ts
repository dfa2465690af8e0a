import type { Locale } from "@/lib/i18n/locales";
import type { PublicField } from "@/lib/portals/public-portal";
import type { CustomerField } from "@/lib/portals/portal-types";
import { FIELD_MAX_LENGTH } from "@/lib/support-requests/support-request-input";

/** A field as the customer's form draws it: texts already in the customer's language. */
export type FieldView = {
  field: CustomerField;
  label: string;
  help: string;
  required: boolean;
  maxLength: number;
};

/** The built-in label or help of a field from the messages; "" when there is none. */
export type BuiltInText = (field: CustomerField, kind: "label" | "help") => string;

/**
 * The configured label and help in the customer's language; where a portal leaves one empty, the
 * built-in text (not the other language: a manager who wrote only German meant the built-in English).
 */
export function fieldViewsOf(fields: PublicField[], locale: Locale, builtIn: BuiltInText): FieldView[] {
  return fields.map((f) => ({
    field: f.field,
    label: f.label[locale].trim() || builtIn(f.field, "label"),
    help: f.help[locale].trim() || builtIn(f.field, "help"),
    required: f.required,
    maxLength: FIELD_MAX_LENGTH[f.field],
  }));
}
