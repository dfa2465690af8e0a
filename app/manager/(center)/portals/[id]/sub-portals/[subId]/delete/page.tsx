import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteSubPortalForm } from "@/components/portals/DeleteSubPortalForm";
import { orNotFound } from "@/lib/errors/or-not-found";
import { requirePortalEditor } from "@/lib/portals/portal-access";
import { deleteSubPortalAction } from "../../../../actions";
import { subPortalOfPage, type SubPortalPageParams } from "../sub-portal-of-page";

export default async function DeleteSubPortalPage({ params }: { params: SubPortalPageParams }) {
  const { actor, id, subId, details } = await subPortalOfPage(params);
  await orNotFound(requirePortalEditor(actor));
  const t = await getTranslations("Portals");
  return (
    <>
      <h1>{t("deleteSubPortal")}</h1>
      {details.mayDelete ? (
        <>
          <p>
            {t("deleteSubPortalQuestion", {
              subPortal: details.subPortal.name,
              portal: details.portal.name,
              teams: details.teams.length,
            })}
          </p>
          <p className="muted">{t("deleteKeepsHistory")}</p>
          <DeleteSubPortalForm action={deleteSubPortalAction} portalId={id} subPortalId={subId} />
        </>
      ) : (
        // Every portal keeps at least one sub-portal: say so here rather than offer an OK that fails.
        <>
          <p className="alert alert-info">
            {t("lastSubPortalExplained", { subPortal: details.subPortal.name, portal: details.portal.name })}
          </p>
          <p className="actions">
            <Link href={`/manager/portals/${id}/sub-portals/${subId}`}>{t("back")}</Link>
          </p>
        </>
      )}
    </>
  );
}

export async function generateMetadata({ params }: { params: SubPortalPageParams }) {
  const { portal, subPortal } = (await subPortalOfPage(params)).details;
  const t = await getTranslations("PageTitles");
  const page = (await getTranslations("Portals"))("deleteSubPortal");
  return { title: t("of", { object: `${portal.name} › ${subPortal.name}`, page }) };
}
