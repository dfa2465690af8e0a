/**
 * Type-level checks, run by `npm run typecheck` (tsc --noEmit), never executed: every
 * `@ts-expect-error` below must meet an error, so if message keys stopped being typed (the
 * next-intl augmentation in lib/i18n/app-config.ts lost), tsc fails on the unused directive.
 */
import { createTranslator, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { BulkProblemCode } from "@/lib/agents/bulk-problem-code";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { ErrorKey, FieldErrors } from "@/lib/errors/error-key";
import type { FormState } from "@/lib/forms/form-state";
import { allMessages, translatorFor } from "@/lib/i18n/messages";

export function useMessagesInAComponent() {
  const t = useTranslations("SignIn");
  t("forgotPassword");
  // @ts-expect-error: no such key in SignIn
  t("forgotPasswort");
  // @ts-expect-error: no such namespace
  useTranslations("SignInn");
}

export async function inAServerComponent() {
  const t = await getTranslations("Errors");
  t("loginIdRequired");
  t("signInElsewhere.agent");
  // @ts-expect-error: no such key in Errors
  t("loginIdRequird");
  // @ts-expect-error: a group, not a message
  t("signInElsewhere");
}

export function outsideARequest() {
  const t = createTranslator({ locale: "de", messages: allMessages.de, namespace: "Dashboard" });
  // @ts-expect-error: no such key in Dashboard
  t("noSuchKey");
  // @ts-expect-error: a language Lotse does not have
  translatorFor("fr", "Emails");
  const e = translatorFor("en", "AgentConsole.diagnostics");
  e("platform");
  // @ts-expect-error: no such key in AgentConsole.diagnostics
  e("plattform");
}

export function errorKeys() {
  const key: ErrorKey = "tooLong";
  // @ts-expect-error: not an error key
  const wrong: ErrorKey = "tooLonk";
  const errors: FieldErrors = { name: key };
  // @ts-expect-error: a form carries error keys only
  const state: FormState = { fieldErrors: { name: "x" }, values: {} };
  // @ts-expect-error: a ValidationError names error keys (or the APIs' codes)
  const thrown = new ValidationError({ name: "nameRequird" });
  // @ts-expect-error: not a Bulk.problems key
  const problem: BulkProblemCode = "bulkSyntaks";
  return [wrong, errors, state, thrown, problem];
}
