import type { z } from "zod";
import { type FieldErrorCode, isApiFieldKey } from "@/lib/errors/error-key";

/** A zod failure as { "a.b": code }: the message where our schemas set a key, zod's issue code otherwise. */
export function zodFieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  const result: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const code = issue.message === "tooLong" ? "tooLong" : isApiFieldKey(issue.code) ? issue.code : "invalid";
    result[issue.path.map(String).join(".") || "form"] ??= code;
  }
  return result;
}
