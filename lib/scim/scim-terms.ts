import "server-only";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrorCode } from "@/lib/errors/error-key";

/** Domain field names as SCIM attributes, so a problem names what the identity provider sent. */
const ATTRIBUTE_OF_FIELD: Record<string, string> = {
  loginId: "userName",
  firstName: "name.givenName",
  lastName: "name.familyName",
  screenName: "displayName",
  email: "emails",
  password: "password",
  newPassword: "password",
  teamId: "groups",
  name: "displayName",
};

/** Runs a domain call and renames the fields of its validation problems into SCIM attributes. */
export async function inScimTerms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const renamed: Record<string, FieldErrorCode> = {};
    for (const [field, code] of Object.entries(error.fieldErrors)) {
      // provisionAgents keys problems by row ("0.loginId"); SCIM creates one user at a time.
      const bare = field.replace(/^\d+\./, "");
      renamed[ATTRIBUTE_OF_FIELD[bare] ?? bare] ??= code;
    }
    throw new ValidationError(renamed);
  }
}

/** "True"/"False" as Entra ID sends booleans, and real booleans. */
export function scimBoolean(value: unknown): unknown {
  return typeof value === "string" && /^(true|false)$/i.test(value) ? value.toLowerCase() === "true" : value;
}
