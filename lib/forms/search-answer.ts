import "server-only";
import { ValidationError } from "@/lib/errors/domain-errors";
import { formFieldErrors } from "@/lib/errors/error-key";
import { type FormState, initialFormState } from "./form-state";

/**
 * What a search page (a GET form) read from its address shows: what its fields found, or — when
 * they do not parse — nothing found and the fields' errors, with the fields as the address had them.
 */
export async function searchAnswer<Fields extends Record<string, string>, After, Found>(
  fields: Fields,
  after: After,
  find: () => Promise<Found>,
): Promise<{ fields: Fields; after: After; found: Found | null; state: FormState }> {
  try {
    return { fields, after, found: await find(), state: initialFormState };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      fields,
      after,
      found: null,
      state: { fieldErrors: formFieldErrors(error.fieldErrors), values: { ...fields } },
    };
  }
}
