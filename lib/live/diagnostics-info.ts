import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { plainLine } from "@/lib/validation/plain-text";

/** The largest diagnostics submission accepted, as JSON. */
const MAX_DIAGNOSTICS_BYTES = 8 * 1024;

/** Browser-reported text, cleaned and cut to a length (a long user agent should not fail the rest). */
const text = (max: number) => z.string().transform((value) => plainLine(value).trim().slice(0, max));
const count = (max: number) => z.number().int().min(0).max(max);
const amount = (max: number) => z.number().min(0).max(max);

/**
 * The customer's system information as their browser reports it after they consented. Every field
 * is optional (browsers differ in what they tell); unknown keys are dropped; a field of the wrong
 * type refuses the whole submission.
 */
export const diagnosticsInfoSchema = z.object({
  platform: text(300).optional(),
  userAgent: text(300).optional(),
  browser: text(300).optional(),
  language: text(100).optional(),
  languages: z.array(text(100)).max(30).optional(),
  timeZone: text(100).optional(),
  screen: z.object({ width: count(100_000).optional(), height: count(100_000).optional() }).optional(),
  pixelRatio: amount(50).optional(),
  connection: z
    .object({ type: text(40).optional(), effectiveType: text(40).optional(), downlink: amount(100_000).optional() })
    .optional(),
  cookiesEnabled: z.boolean().optional(),
  online: z.boolean().optional(),
  hardwareConcurrency: count(4096).optional(),
  deviceMemory: amount(4096).optional(),
});

export type DiagnosticsInfo = z.infer<typeof diagnosticsInfoSchema>;

/** Validates a submission: at most 8 KB as JSON, then the schema. */
export function parseDiagnosticsInfo(input: unknown): DiagnosticsInfo {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new ValidationError({ diagnostics: "diagnosticsInvalid" });
  if (new TextEncoder().encode(json).length > MAX_DIAGNOSTICS_BYTES)
    throw new ValidationError({ diagnostics: "diagnosticsTooLarge" });
  const parsed = diagnosticsInfoSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ diagnostics: "diagnosticsInvalid" });
  return parsed.data;
}
