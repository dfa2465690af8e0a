import { getTranslations } from "next-intl/server";
import { SessionResults } from "@/components/session-information/SessionResults";
import { SessionSearchForm } from "@/components/session-information/SessionSearchForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { sessionRetentionDays } from "@/lib/config/env";
import { ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { failedForm } from "@/lib/forms/failed-form";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { reportFormOptions } from "@/lib/reports/report-options";
import { sessionInformationScope } from "@/lib/session-information/access";
import { SESSION_INFORMATION_PATH } from "@/lib/session-information/paths";
import {
  parseSessionSearch,
  SEARCH_FIELDS,
  type SessionSearch,
  type SessionSearchFields,
  searchQuery,
} from "@/lib/session-information/search-params";
import { type SearchResult, searchCursorOf, searchCursorParam, searchSessions } from "@/lib/session-information/search";

/**
 * Sitzungsinformationen (manual chapter 6): "Sitzung suchen" and its results. The search is the
 * page's address (a GET form), run on the server: it works without JavaScript, and a search is a
 * link. Without a search the page lists the last 7 days, newest first.
 */
export default async function SessionInformationPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(sessionInformationScope(actor));
  const query = await searchParams;
  const fields: SessionSearchFields = Object.fromEntries(
    SEARCH_FIELDS.map((name) => [name, firstParam(query[name])]).filter(([, value]) => value !== undefined),
  );
  const after = searchCursorOf(firstParam(query.after));
  let found: { search: SessionSearch; result: SearchResult } | null = null;
  let state: FormState = initialFormState;
  try {
    const search = parseSessionSearch(fields);
    found = { search, result: await orNotFound(searchSessions(actor, search, { after })) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    state = await failedForm({ fieldErrors: error.fieldErrors, values: { ...fields } });
  }
  const options = await reportFormOptions(scope.sessions);
  const t = await getTranslations("SessionInformation");
  const href = (extra: Record<string, string> = {}) => {
    const search = searchQuery(fields, extra);
    return search ? `${SESSION_INFORMATION_PATH}?${search}` : SESSION_INFORMATION_PATH;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="search-heading" className="stack no-print">
        <h2 id="search-heading">{t("searchLegend")}</h2>
        <SessionSearchForm action={SESSION_INFORMATION_PATH} options={options} values={fields} state={state} />
      </section>
      {found ? (
        <SessionResults
          rows={found.result.rows}
          count={found.result.count}
          sort={found.search.sort}
          sortHref={(sort) => href({ sort })}
          nextHref={found.result.next ? href({ after: searchCursorParam(found.result.next) }) : null}
          firstHref={after ? href() : null}
          retentionDays={sessionRetentionDays()}
        />
      ) : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Nav");
  return { title: t("sessionInformation") };
}
