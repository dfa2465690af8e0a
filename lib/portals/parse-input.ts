import type { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsByPath } from "@/lib/validation/fields";

/** Parses form input with a schema; problems become field errors named by their path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
  return parsed.data;
}
