import type { MessageKeys, NestedKeyOf } from "next-intl";
import de from "@/messages/de.json";

type Messages = typeof de;

/**
 * A message of the "Errors" namespace ("loginIdRequired", "signInElsewhere.agent"): what domain code
 * reports and forms translate. Typed, so a misspelt error key fails the type check.
 */
export type ErrorKey = MessageKeys<Messages["Errors"], NestedKeyOf<Messages["Errors"]>>;

/** A code only the APIs answer with (namespace "Api.fieldErrors"), e.g. a SCIM path that names nothing. */
export type ApiFieldKey = keyof Messages["Api"]["fieldErrors"];

/** What a ValidationError names per field: an error key, or in the APIs one of their own codes. */
export type FieldErrorCode = ErrorKey | ApiFieldKey;

/** Field name → error key, as a failed form carries them. */
export type FieldErrors = Record<string, ErrorKey>;

/** The key a form shows for a problem that has no words of its own (zod's built-in checks). */
export const FALLBACK_ERROR_KEY = "entryInvalid" satisfies ErrorKey;

/**
 * Whether a text that is only known at run time (a zod issue's message, a code read back from the
 * database or sent by a client) is an error key. Its few callers fall back to a known key otherwise.
 */
export function isErrorKey(value: unknown): value is ErrorKey {
  if (typeof value !== "string") return false;
  let message: unknown = de.Errors;
  for (const part of value.split(".")) {
    message =
      typeof message === "object" && message !== null && Object.hasOwn(message, part)
        ? message[part as keyof typeof message]
        : undefined;
  }
  return typeof message === "string";
}

/** An error key for a run-time text: itself when it is one, else the fallback. */
export function errorKeyOr(value: unknown, fallback: ErrorKey = FALLBACK_ERROR_KEY): ErrorKey {
  return isErrorKey(value) ? value : fallback;
}

/**
 * A ValidationError's codes as a form shows them. Forms reach only domain code that reports error
 * keys; an API's own code (never thrown on a form's path) would read as the fallback.
 */
export function formFieldErrors(codes: Record<string, FieldErrorCode>): FieldErrors {
  return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, errorKeyOr(code)]));
}

/** Whether a run-time code (a zod issue code) is one the APIs have words for. */
export function isApiFieldKey(value: unknown): value is ApiFieldKey {
  return typeof value === "string" && Object.hasOwn(de.Api.fieldErrors, value);
}
