import "server-only";
import type { z } from "zod";
import { isApiFieldKey, isErrorKey } from "@/lib/errors/error-key";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";

/** The problems the API answers with (RFC 9457); each has a title and a detail in both languages. */
export const PROBLEMS = {
  unauthorized: 401,
  notFound: 404,
  methodNotAllowed: 405,
  invalidJson: 400,
  unsupportedMediaType: 415,
  payloadTooLarge: 413,
  validation: 422,
  conflict: 409,
  preconditionFailed: 412,
  preconditionRequired: 428,
  rateLimited: 429,
  internal: 500,
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

/** One field's fault: where it is (a JSON pointer into the request), its code and its words. */
export type FieldProblem = { pointer: string; code: string; detail: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
};

/** Problem types are URNs: they name the problem without promising a page behind them (RFC 9457 §3.1.1). */
function problemType(kind: ProblemKind): string {
  return `urn:lotse:problem:${kind}`;
}

/** A field error code in the viewer's language: the forms' own words where the code is theirs. */
export function fieldProblem(locale: Locale, pointer: string, code: string): FieldProblem {
  const errors = translatorFor(locale, "Errors");
  const api = translatorFor(locale, "Api");
  const detail = isErrorKey(code) ? errors(code) : api(`fieldErrors.${isApiFieldKey(code) ? code : "invalid"}`);
  return { pointer, code, detail };
}

/** A zod failure as field problems: our schemas carry message keys, zod's own checks their issue code. */
export function zodFieldProblems(locale: Locale, error: z.ZodError, root: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const code = isErrorKey(issue.message) ? issue.message : issue.code;
    const pointer = [root, ...issue.path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1"))].join(
      "/",
    );
    return fieldProblem(locale, pointer, code);
  });
}

function problemBody(locale: Locale, kind: ProblemKind, errors?: FieldProblem[]): ProblemBody {
  const t = translatorFor(locale, "Api");
  return {
    type: problemType(kind),
    title: t(`problems.${kind}.title`),
    status: PROBLEMS[kind],
    detail: t(`problems.${kind}.detail`),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** What every answer of the APIs carries: per caller and language, never cached. */
export function apiResponseHeaders(locale: Locale): Record<string, string> {
  return { "content-language": locale, "cache-control": "no-store", vary: "Accept-Language, Authorization" };
}

export function problemResponse(
  locale: Locale,
  kind: ProblemKind,
  { errors, headers }: { errors?: FieldProblem[]; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(problemBody(locale, kind, errors)), {
    status: PROBLEMS[kind],
    headers: {
      ...apiResponseHeaders(locale),
      "content-type": "application/problem+json; charset=utf-8",
      ...headers,
    },
  });
}
