import { z } from "zod";
import type { FieldErrors } from "@/lib/errors/error-key";
import type { FieldConfig } from "@/lib/portals/portal-fields";
import type { CustomerField } from "@/lib/portals/portal-types";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainLine, plainText } from "@/lib/validation/plain-text";

/** Longest accepted input per field (characters); the page sets the same maxlength. */
export const FIELD_MAX_LENGTH: Record<CustomerField, number> = {
  name: 100,
  email: 254,
  phone: 40,
  problem: 2000,
  agent: 64,
  // Digits only, but people type "123 456": spaces are allowed and removed.
  code: 12,
};

const CODE_PATTERN = /^\d{6,9}$/;
/** Digits with the usual separators, an optional leading +, at least five digits. */
const PHONE_PATTERN = /^\+?[\d\s()./-]+$/;

export type SupportRequestValues = {
  name: string;
  email: string;
  phone: string;
  problem: string;
  agentId: string | null;
  code: string | null;
};

export type SupportRequestParse = { ok: true; values: SupportRequestValues } | { ok: false; fieldErrors: FieldErrors };

/**
 * What agents will read: without control and direction-override characters (plain-text.ts); only the
 * problem has lines. Line breaks arrive as CRLF from forms; counted as one character, like the
 * browser's maxlength does.
 */
const normalized = (field: CustomerField) => (value: string) =>
  (field === "problem" ? plainText(value).replace(/\r\n?/g, "\n") : plainLine(value)).trim();

/** What a required text field says when it is left empty (keys of "Errors"). */
const MISSING: Record<TextField, string> = {
  name: "customerNameRequired",
  email: "customerEmailRequired",
  phone: "customerPhoneRequired",
  problem: "problemRequired",
};
type TextField = "name" | "email" | "phone" | "problem";

function textField(field: TextField, config: FieldConfig | undefined) {
  const base = z.string().transform(normalized(field)).pipe(z.string().max(FIELD_MAX_LENGTH[field], "tooLong"));
  if (!config?.shown) return z.unknown().transform(() => "");
  return config.required ? base.pipe(z.string().min(1, MISSING[field])) : base;
}

function withFormat(schema: z.ZodType<string>, check: (value: string) => boolean, message: string) {
  return schema.refine((value) => value === "" || check(value), message);
}

/**
 * Validates a portal form by the portal's field configuration. Fields the portal does not show are
 * ignored (stored empty) whatever was sent; shown fields must meet their required flag, length and
 * format; the chosen agent must be one of `offeredAgentIds`. Pure.
 * Error keys (namespace "Errors"): customerNameRequired (and the other fields' *Required), tooLong, emailFormat, phoneFormat, connectionCodeFormat,
 * agentChoiceRequired, agentChoiceInvalid.
 */
export function parseSupportRequest(
  configs: Partial<Record<CustomerField, FieldConfig>>,
  offeredAgentIds: readonly string[],
  input: Partial<Record<CustomerField, string>>,
): SupportRequestParse {
  const agentShown = !!configs.agent?.shown;
  const codeShown = !!configs.code?.shown;
  const schema = z.object({
    name: textField("name", configs.name),
    email: withFormat(textField("email", configs.email), (v) => z.email().safeParse(v).success, "emailFormat"),
    phone: withFormat(
      textField("phone", configs.phone),
      (v) => PHONE_PATTERN.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5,
      "phoneFormat",
    ),
    problem: textField("problem", configs.problem),
    agent: agentShown
      ? z
          .string()
          .trim()
          .min(1, "agentChoiceRequired")
          .refine((id) => offeredAgentIds.includes(id), "agentChoiceInvalid")
      : z.unknown().transform(() => null),
    code: codeShown
      ? z
          .string()
          .max(FIELD_MAX_LENGTH.code, "connectionCodeFormat")
          .transform((v) => v.replace(/\s/g, ""))
          .pipe(z.string().min(1, "connectionCodeRequired").regex(CODE_PATTERN, "connectionCodeFormat"))
      : z.unknown().transform(() => null),
  });
  const parsed = schema.safeParse({
    name: input.name ?? "",
    email: input.email ?? "",
    phone: input.phone ?? "",
    problem: input.problem ?? "",
    agent: input.agent ?? "",
    code: input.code ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { agent, code, ...rest } = parsed.data;
  return {
    ok: true,
    values: { ...rest, agentId: agent as string | null, code: code as string | null },
  };
}
