import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HolidaySetTable, HoursSetTable } from "@/components/business-hours/SetTables";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { listBusinessHoursSets } from "@/lib/business-hours/list-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";

/** "Geschäftszeiten verwalten": business-hours sets and holiday/event sets; ?portal=<id> shows one portal's. */
export default async function BusinessHoursPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const portalId = firstParam(params.portal);
  const overview = await orNotFound(listBusinessHoursSets(actor, portalId ? { portalId } : {}));
  const t = await getTranslations("BusinessHours");
  const preselect = overview.portal ? `?portal=${encodeURIComponent(overview.portal.id)}` : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      <p>{t("intro")}</p>
      {overview.teamPortalCount !== null && overview.hoursSets.length + overview.holidaySets.length === 0 ? (
        // A team manager sees the sets of the portals their teams serve: say why there are none.
        <p className="alert alert-info">
          {overview.teamPortalCount === 0 ? t("teamServesNoPortal") : t("teamPortalsHaveNoSets")}
        </p>
      ) : null}
      {overview.portal ? (
        <p className="alert alert-info">
          {t("filteredBy", { portal: overview.portal.name })} <Link href="/manager/business-hours">{t("showAll")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="hours-heading" className="card">
        <h2 id="hours-heading">{t("hoursSets")}</h2>
        <HoursSetTable sets={overview.hoursSets} />
        {overview.mayManage ? (
          <p className="actions">
            <Link href={`/manager/business-hours/hours/new${preselect}`} className="button button-secondary">
              {t("addHoursSet")}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="holidays-heading" className="card">
        <h2 id="holidays-heading">{t("holidaySets")}</h2>
        <HolidaySetTable sets={overview.holidaySets} />
        {overview.mayManage ? (
          <p className="actions">
            <Link href={`/manager/business-hours/holidays/new${preselect}`} className="button button-secondary">
              {t("addHolidaySet")}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("title") };
}
