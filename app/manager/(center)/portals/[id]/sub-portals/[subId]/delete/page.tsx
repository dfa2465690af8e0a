import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteSubPortalForm } from "@/components/portals/DeleteSubPortalForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { requirePortalEditor } from "@/lib/portals/portal-access";
import { getSubPortal } from "@/lib/portals/sub-portals";
import { deleteSubPortalAction } from "../../../../actions";

export default async function DeleteSubPortalPage({ params }: { params: Promise<{ id: string; subId: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id, subId } = await params;
  await orNotFound(requirePortalEditor(actor));
  const details = await orNotFound(getSubPortal(actor, id, subId));
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

export async function generateMetadata({ params }: { params: Promise<{ id: string; subId: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id, subId } = await params;
  const { portal, subPortal } = await orNotFound(getSubPortal(actor, id, subId));
  const t = await getTranslations("PageTitles");
  const page = (await getTranslations("Portals"))("deleteSubPortal");
  return { title: t("of", { object: `${portal.name} › ${subPortal.name}`, page }) };
}
