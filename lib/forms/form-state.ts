import type { FieldErrors } from "@/lib/errors/error-key";

/**
 * What a server action hands back to its form: error keys (namespace "Errors"), the values sent and
 * the names of the fields in the order the browser sent them, i.e. their order on the page (the
 * error summary lists errors in that order).
 */
export type FormState = {
  fieldErrors: FieldErrors;
  values: Record<string, string>;
  fieldOrder?: string[];
};

export const initialFormState: FormState = { fieldErrors: {}, values: {} };

// Passwords and replay passphrases never travel back into a page.
const SECRET_FIELD = /password|passphrase/i;

/** The submitted text fields, minus secrets, so a failed form comes back filled in. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}

/** The names of a submitted form's fields, in the order the browser sent them (each once). */
export function fieldOrderOf(formData: FormData): string[] {
  if (!(formData instanceof FormData)) return [];
  return [...new Set([...formData.keys()].filter((key) => !key.startsWith("$")))];
}

/**
 * A text field of a submitted form. A forged request can shift a server action's arguments (they
 * arrive as bound values, decision record 12), so what arrives as "the form" may be anything: it then
 * reads as empty, and the form answers with its usual errors instead of crashing.
 */
function text(formData: FormData, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : "";
}

/**
 * Whether a form was sent by its script (which adds `js=1`) rather than posted by the browser: an
 * action answers a script with state, and a plain post with a redirect (post/redirect/get).
 */
export function sentByScript(formData: FormData): boolean {
  return text(formData, "js") === "1";
}
