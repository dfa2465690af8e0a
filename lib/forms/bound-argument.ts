import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

/**
 * A server action's bound argument (`action.bind(null, id)`) travels as plain JSON in the form, so
 * it is user input like any field (decision record 12). An ID that is not even a plausible string
 * names nothing: the answer is the same 404 a foreign or missing ID gets from the domain.
 */
export const boundIdSchema = z.string().min(1).max(100);

/** Any other bound value, parsed against what the page bound (e.g. a portal slug and a token). */
export function bound<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The customer's page: the portal's slug (and sub-portal's) and the request token, as bound by the page. */
export const boundSlug = z.string().min(1).max(100);
