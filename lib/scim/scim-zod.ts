import type { z } from "zod";

/** A zod failure as { "a.b": code }: the message where our schemas set a key, zod's issue code otherwise. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const code = issue.message === "tooLong" ? issue.message : issue.code;
    result[issue.path.map(String).join(".") || "form"] ??= code;
  }
  return result;
}
