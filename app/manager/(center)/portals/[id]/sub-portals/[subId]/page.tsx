import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubPortalForm } from "@/components/portals/SubPortalForm";
import { Notice } from "@/components/shell/Notice";
import { publicUrl } from "@/lib/config/env";
import { updateSubPortalAction } from "../../../actions";
import { subPortalOfPage, type SubPortalPageParams } from "./sub-portal-of-page";
import { DangerZone } from "@/components/shell/DangerZone";

/** One sub-portal: its address, the teams that serve it, renaming and deleting. */
export default async function SubPortalPage({ params }: { params: SubPortalPageParams }) {
  const { id, subId, details } = await subPortalOfPage(params);
  const t = await getTranslations("Portals");
  const address = `${publicUrl()}/p/${details.portal.slug}/${details.subPortal.slug}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/manager/portals">{t("title")}</Link> ›{" "}
        <Link href={`/manager/portals/${id}`}>{details.portal.name}</Link> ›{" "}
        <Link href={`/manager/portals/${id}/sub-portals`}>{t("subPortalsTab")}</Link>
      </p>
      <h1>{details.subPortal.name}</h1>
      <Notice />
      <p>
        {t("publicAddress")}: <a href={address}>{address}</a>
      </p>
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t("teams")}</h2>
        {details.teams.length === 0 ? <p>{t("noTeams")}</p> : null}
        <ul className="list">
          {details.teams.map((team) => (
            <li key={team.id}>
              <Link href={`/manager/teams/${team.id}/portal`}>{team.name}</Link>
            </li>
          ))}
        </ul>
        <p className="muted">{t("assignTeamsHelp")}</p>
        <p>
          <Link href={`/manager/portals/${id}/agents?sub=${subId}`}>{t("showAgents")}</Link>
        </p>
      </section>
      {details.mayChange ? (
        <section aria-labelledby="rename-heading" className="card">
          <h2 id="rename-heading">{t("renameSubPortal")}</h2>
          <SubPortalForm
            action={updateSubPortalAction}
            portalId={id}
            subPortal={details.subPortal}
            submitLabel={t("save")}
          />
        </section>
      ) : null}
      {details.mayDelete ? (
        <DangerZone
          deleteHref={`/manager/portals/${id}/sub-portals/${subId}/delete`}
          deleteLabel={t("deleteSubPortal")}
        />
      ) : details.mayChange ? (
        <p className="muted">{t("lastSubPortalStays")}</p>
      ) : null}
    </>
  );
}

export async function generateMetadata({ params }: { params: SubPortalPageParams }) {
  const { portal, subPortal } = (await subPortalOfPage(params)).details;
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: subPortal.name, page: t("subPortalOf", { portal: portal.name }) }) };
}
