import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SessionResults } from "@/components/session-information/SessionResults";
import { SessionSearchForm } from "@/components/session-information/SessionSearchForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { sessionRetentionDays } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import { addressFormTitle, addressKey } from "@/lib/forms/address-form";
import type { SearchParams } from "@/lib/forms/page-props";
import { reportFormOptions } from "@/lib/reports/report-options";
import { sessionInformationScope } from "@/lib/session-information/access";
import { REPLAY_PASSPHRASE_PATH, SESSION_INFORMATION_PATH } from "@/lib/session-information/paths";
import { searchQuery } from "@/lib/session-information/search-params";
import { searchCursorParam } from "@/lib/session-information/search";
import { searchFromAddress } from "@/lib/session-information/search-from-address";

/**
 * Sitzungsinformationen (manual chapter 6): "Sitzung suchen" and its results. The search is the
 * page's address (a GET form), run on the server: it works without JavaScript, and a search is a
 * link. Without a search the page lists the last 7 days, newest first.
 */
export default async function SessionInformationPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(sessionInformationScope(actor));
  const { fields, after, found, state } = await searchFromAddress(addressKey(await searchParams));
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
      {/* The manual: "Klicken Sie unterhalb des Ergebnisfelds auf Passphrase für Sitzungswiedergabe." */}
      {actor.kind === "manager" && actor.managerRole === "company" ? (
        <p className="no-print">
          <Link href={REPLAY_PASSPHRASE_PATH}>{t("passphraseLink")}</Link>
        </p>
      ) : null}
    </>
  );
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("Nav");
  // A viewer without access, or signed out, is turned away by the page itself; the title stays plain.
  const answer = await searchFromAddress(addressKey(await searchParams)).catch(() => null);
  return { title: answer ? await addressFormTitle(t("sessionInformation"), answer.state) : t("sessionInformation") };
}
