import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PortalHeader } from "@/components/portals/PortalHeader";
import { SubPortalForm } from "@/components/portals/SubPortalForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { publicUrl } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getPortal } from "@/lib/portals/get-portal";
import { createSubPortalAction } from "../../actions";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { portalPageTitle } from "../portal-page-title";

/** The "Unterportale" tab: every sub-portal with its address and teams, and a form to add one. */
export default async function SubPortalsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const details = await orNotFound(getPortal(actor, id));
  const t = await getTranslations("Portals");
  const base = publicUrl();
  return (
    <>
      <PortalHeader portal={details.portal} current="subPortals" publicUrl={base} />
      <Notice />
      <ScrollTable caption={t("subPortalsTab")}>
        <thead>
          <tr>
            <th scope="col">{t("subPortalName")}</th>
            <th scope="col">{t("publicAddress")}</th>
            <th scope="col">{t("teams")}</th>
          </tr>
        </thead>
        <tbody>
          {details.subPortals.map((sub) => (
            <tr key={sub.id}>
              <td>
                <Link href={`/manager/portals/${id}/sub-portals/${sub.id}`}>{sub.name}</Link>
              </td>
              <td>
                {base}/p/{details.portal.slug}/{sub.slug}
              </td>
              <td>{t("teamCount", { count: sub.teamCount })}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {details.mayChange ? (
        <section aria-labelledby="add-sub-portal" className="card">
          <h2 id="add-sub-portal">{t("addSubPortal")}</h2>
          <SubPortalForm action={createSubPortalAction} portalId={id} submitLabel={t("addSubPortal")} />
        </section>
      ) : null}
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return portalPageTitle(params, (await getTranslations("Portals"))("subPortalsTab"));
}
