import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { describePortalDeletion } from "@/lib/portals/delete-portal";
import { deletePortalAction } from "../../actions";

/** Confirmation of deleting a portal — its own page, so it works without JavaScript. */
export default async function DeletePortalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const info = await orNotFound(describePortalDeletion(actor, id));
  const t = await getTranslations("Portals");
  return (
    <>
      <h1>{t("delete")}</h1>
      <p>{t("deleteQuestion", { portal: info.name, subPortals: info.subPortals, teams: info.teams })}</p>
      <p className="muted">{t("deleteKeepsHistory")}</p>
      <form action={deletePortalAction} className="actions">
        <input type="hidden" name="portalId" value={id} />
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href={`/manager/portals/${id}`}>{t("cancel")}</Link>
      </form>
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const info = await orNotFound(describePortalDeletion(actor, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: info.name, page: (await getTranslations("Portals"))("delete") }) };
}
