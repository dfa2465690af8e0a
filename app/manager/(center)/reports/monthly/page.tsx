import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MonthlyReportList } from "@/components/monthly-reports/MonthlyReportList";
import { MonthlySearchForm } from "@/components/monthly-reports/MonthlySearchForm";
import { Notice } from "@/components/shell/Notice";
import { addressFormTitle, addressKey } from "@/lib/forms/address-form";
import type { SearchParams } from "@/lib/forms/page-props";
import { MONTHLY_FORMATS, MONTHLY_REPORT_TYPES } from "@/lib/monthly-reports/monthly-report-params";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";
import { monthlySearchFromAddress } from "@/lib/monthly-reports/search-from-address";

/**
 * Berichte › Monatliche Berichte (manual chapter 5): the link "Neuen Monatsbericht erstellen" and
 * "Monatlichen Bericht wählen" — the search (a GET form: the page's address) and the months found,
 * each with Details anzeigen, Download and Löschen.
 */
export default async function MonthlyReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const { fields, entries, searched, state } = await monthlySearchFromAddress(addressKey(await searchParams));
  const t = await getTranslations("MonthlyReports");
  return (
    <div className="stack min-w-0">
      <h1>{t("title")}</h1>
      <Notice />
      <p>{t("intro")}</p>
      <p>
        <Link href={`${MONTHLY_REPORTS_PATH}/new`} className="button button-primary">
          {t("create")}
        </Link>
      </p>
      <section aria-labelledby="choose" className="stack min-w-0">
        <h2 id="choose">{t("choose")}</h2>
        <MonthlySearchForm action={MONTHLY_REPORTS_PATH} types={MONTHLY_REPORT_TYPES} values={fields} state={state} />
        {entries === null ? null : entries.length === 0 ? (
          <p className="empty-state">{searched ? t("noMatches") : t("noReports")}</p>
        ) : (
          <MonthlyReportList entries={entries} formats={MONTHLY_FORMATS} label={t("results")} />
        )}
      </section>
    </div>
  );
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("Nav");
  // A viewer without access, or signed out, is turned away by the page itself; the title stays plain.
  const answer = await monthlySearchFromAddress(addressKey(await searchParams)).catch(() => null);
  return { title: answer ? await addressFormTitle(t("monthlyReports"), answer.state) : t("monthlyReports") };
}
