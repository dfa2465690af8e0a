import "server-only";
import { cache } from "react";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { formFieldErrors } from "@/lib/errors/error-key";
import { orNotFound } from "@/lib/errors/or-not-found";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { monthlyReportScope } from "./access";
import { type MonthlyReportEntry, searchMonthlyReports } from "./monthly-reports";
import { MONTHLY_SEARCH_FIELDS, type MonthlySearchFields, parseMonthlySearch } from "./search-params";

export type MonthlySearchFromAddress = {
  fields: MonthlySearchFields;
  /** Null when the search's fields came back with errors. */
  entries: MonthlyReportEntry[] | null;
  searched: boolean;
  state: FormState;
};

/**
 * "Monatlichen Bericht wählen" › "Suchen" from the page's address (a GET form) for the signed-in
 * viewer: their monthly reports that match, or the fields' errors. Cached for the request, so the
 * page and its title share one answer.
 */
export const monthlySearchFromAddress = cache(async (address: string): Promise<MonthlySearchFromAddress> => {
  const actor = await requirePrincipal("manager");
  await orNotFound(monthlyReportScope(actor));
  const query = new URLSearchParams(address);
  const fields: MonthlySearchFields = Object.fromEntries(
    MONTHLY_SEARCH_FIELDS.map((name) => [name, query.get(name) ?? undefined]).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const searched = Object.values(fields).some(Boolean);
  try {
    const entries = await searchMonthlyReports(actor, parseMonthlySearch(fields));
    return { fields, entries, searched, state: initialFormState };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      fields,
      entries: null,
      searched,
      state: { fieldErrors: formFieldErrors(error.fieldErrors), values: { ...fields } },
    };
  }
});
