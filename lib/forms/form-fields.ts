import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";
import { errorKeyOr, FALLBACK_ERROR_KEY, type ErrorKey, type FieldErrors } from "@/lib/errors/error-key";

/**
 * How a form's fields read, for the zod schemas the actions parse `FormData` with (`readForm`).
 * Conform turns the form into an object first: an empty field arrives as `undefined`, a repeated
 * name as an array, and "a.b" names nest. These builders say what a missing field means.
 */
export const formField = {
  /** A text field; "" when left empty or missing. The domain decides what is valid. */
  text: () => z.string().default(""),
  /** A text field that must be filled in: `error` is the Errors key shown next to it. */
  required: (error: ErrorKey) => z.string({ error }).trim().min(1, error),
  /** Checkboxes or a multiple select sharing one name: the checked values, never "". */
  list: () =>
    z
      .array(z.string().optional())
      .default([])
      .transform((values) => values.filter((value): value is string => !!value)),
  /** A checkbox, whatever its value: checked or not. */
  checkbox: () => z.preprocess((value) => value !== undefined && value !== "", z.boolean()),
  /** A file input: the chosen file, or none — a browser sends an empty file when none was chosen. */
  file: () =>
    z
      .instanceof(File)
      .optional()
      .transform((file) => (file && file.size > 0 ? file : undefined)),
  /** A group of fields named "<group>.<name>", e.g. "function.chat": their values by name. */
  group: () => z.record(z.string(), z.string().optional()).default({}),
};

export type FormRead<T> = { ok: true; values: T } | { ok: false; fieldErrors: FieldErrors };

/**
 * Reads a submitted form with a zod schema: the typed values, or each failing field's first error
 * (the schema's messages are Errors keys). Anything that is not a form — a forged request can shift
 * a server action's arguments (decision record 12) — reads as an empty one.
 */
export function readForm<S extends z.ZodType>(schema: S, formData: unknown): FormRead<z.output<S>> {
  const payload = formData instanceof FormData ? formData : new FormData();
  // A schema's own messages win; any other failure reads as the fallback ("entryInvalid").
  const submission = parseWithZod(payload, { schema, error: () => FALLBACK_ERROR_KEY });
  if (submission.status === "success") return { ok: true, values: submission.value };
  const fieldErrors: FieldErrors = {};
  for (const [name, messages] of Object.entries(submission.error ?? {})) {
    const first = messages?.[0];
    // zod types a schema's messages as plain strings: a misspelt key shows the fallback.
    if (first) fieldErrors[name || "form"] = errorKeyOr(first);
  }
  return { ok: false, fieldErrors };
}
