import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

/**
 * A server action's bound argument (`action.bind(null, id)`) travels as plain JSON in the form, so
 * it is user input like any field (decision record 12). What pages bind is a key — a row's ID, a
 * portal's slug, a request or reset token — and one that is not even a plausible string names
 * nothing: the answer is the same 404 a foreign or missing key gets from the domain.
 */
export const boundKey = z.string().min(1).max(100);

/** A bound value, parsed against what the page bound (a key, or an object of keys). */
export function bound<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
