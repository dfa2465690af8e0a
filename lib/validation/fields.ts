import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { errorKeyOr, type FieldErrors } from "@/lib/errors/error-key";
import { locales } from "@/lib/i18n/locales";
import { currentTimeZoneName, isKnownTimeZone } from "@/lib/i18n/time-zones";

// Messages are keys of the "Errors" namespace in messages/*.json; forms translate them. A missing
// value says what to enter ("loginIdRequired": "Geben Sie die Benutzerkennung ein."), never just "required".

export const loginIdField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "loginIdRequired")
  .max(254, "tooLong")
  .pipe(z.email("loginIdFormat"));

export const emailField = z.string().trim().min(1, "emailRequired").max(254, "tooLong").pipe(z.email("emailFormat"));

const PASSWORD_MIN_LENGTH = 12;

/**
 * At least twelve characters and not a common (breached) password; no rules about which kinds of
 * characters (ASVS 2.1: composition rules make passwords weaker, not stronger). Passphrases welcome.
 */
export const newPasswordField = z
  .string()
  .min(1, "passwordRequired")
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(200, "tooLong")
  .refine((value) => !isCommonPassword(value), "passwordCommon");

const runtimeTimeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** A zone by any name the tz database or the runtime knows, stored under its current name. */
export const timeZoneField = z
  .string()
  .refine((zone) => isKnownTimeZone(zone) || runtimeTimeZones.has(zone), "timeZoneUnknown")
  .transform(currentTimeZoneName);

export const languageField = z.string().pipe(z.enum(locales, "languageUnknown"));

/** For .refine on objects with password + passwordConfirm. */
export const passwordsMatch = [
  (v: { password: string; passwordConfirm: string }) => v.password === v.passwordConfirm,
  { path: ["passwordConfirm"], message: "passwordMismatch" },
] as [(v: { password: string; passwordConfirm: string }) => boolean, { path: string[]; message: string }];

/**
 * Turns a zod error into { field: messageKey }, first problem per field. A message is a plain string
 * to zod, so it is checked here; one of zod's own checks without our words reads as the fallback key.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    result[field] ??= errorKeyOr(issue.message);
  }
  return result;
}

/** Like fieldErrorsOf, for nested inputs: the field name is the whole path, e.g. "fields.email.labelDe". */
export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    result[field] ??= errorKeyOr(issue.message);
  }
  return result;
}
