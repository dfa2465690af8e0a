import "server-only";
import { cache } from "react";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { FormState } from "@/lib/forms/form-state";
import { searchAnswer } from "@/lib/forms/search-answer";
import { sessionInformationScope } from "./access";
import { type SessionSearch, type SessionSearchFields, parseSessionSearch, SEARCH_FIELDS } from "./search-params";
import { type SearchCursor, type SearchResult, searchCursorOf, searchSessions } from "./search";

export type SearchFromAddress = {
  fields: SessionSearchFields;
  after: SearchCursor | null;
  found: { search: SessionSearch; result: SearchResult } | null;
  /** The errors of the search, with the fields as the address had them. */
  state: FormState;
};

/**
 * Runs the search in Sitzungsinformationen' address (a GET form) for the signed-in viewer: the
 * results, or the fields' errors. Cached for the request, so the page and its title share one search.
 */
export const searchFromAddress = cache(async (address: string): Promise<SearchFromAddress> => {
  const actor = await requirePrincipal("manager");
  await orNotFound(sessionInformationScope(actor));
  const query = new URLSearchParams(address);
  const fields: SessionSearchFields = Object.fromEntries(
    SEARCH_FIELDS.map((name) => [name, query.get(name) ?? undefined]).filter(([, value]) => value !== undefined),
  );
  const after = searchCursorOf(query.get("after") ?? undefined);
  return searchAnswer(fields, after, async () => {
    const search = parseSessionSearch(fields);
    return { search, result: await orNotFound(searchSessions(actor, search, { after })) };
  });
});
