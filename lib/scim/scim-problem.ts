import "server-only";
import type { ProblemWriter } from "@/lib/api/api-route";
import { apiResponseHeaders, PROBLEMS } from "@/lib/api/problem";
import { translatorFor } from "@/lib/i18n/messages";
import { ERROR_SCHEMA, SCIM_CONTENT_TYPE } from "./scim-schemas";

/** Field error codes that RFC 7644 (§3.12) names a `scimType` for; other invalid input is invalidValue. */
const SCIM_TYPE_OF_CODE: Record<string, string> = {
  loginIdTaken: "uniqueness",
  loginIdIsManager: "uniqueness",
  teamNameTaken: "uniqueness",
  invalidJson: "invalidSyntax",
  scimInvalidSyntax: "invalidSyntax",
  scimInvalidFilter: "invalidFilter",
  scimInvalidPath: "invalidPath",
  scimMutability: "mutability",
  scimNoTarget: "noTarget",
};

/** A JSON pointer into the request as SCIM names attributes: "/name/givenName" → "name.givenName". */
function attributeOf(pointer: string): string {
  return pointer.slice(1).split("/").join(".").replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * The runtime's problems in SCIM's error format (RFC 7644 §3.12): `status` as a string, a `scimType`
 * where the RFC defines one, and the field problems' words as `detail` in the caller's language.
 * A uniqueness conflict is 409; other invalid input 400, as SCIM clients expect.
 */
export const scimProblem: ProblemWriter = (locale, kind, { errors, headers }) => {
  const scimType =
    errors?.map((error) => SCIM_TYPE_OF_CODE[error.code]).find(Boolean) ??
    (kind === "validation" ? "invalidValue" : kind === "invalidJson" ? "invalidSyntax" : undefined);
  const status = scimType === "uniqueness" ? 409 : kind === "validation" ? 400 : PROBLEMS[kind];
  const detail =
    errors && errors.length > 0
      ? errors
          .map((error) => (error.pointer ? `${attributeOf(error.pointer)}: ${error.detail}` : error.detail))
          .join(" ")
      : translatorFor(locale, "Api")(`problems.${kind}.detail`);
  const body = { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...apiResponseHeaders(locale),
      "content-type": `${SCIM_CONTENT_TYPE}; charset=utf-8`,
      ...headers,
    },
  });
};
