import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSetConfirmation } from "@/components/business-hours/DeleteSetConfirmation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { deleteHoursSetAction } from "../../../actions";

/** The confirmation before a business-hours set is deleted, a page of its own so it works without JavaScript. */
export default async function DeleteHoursSetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getHoursSet(actor, id));
  if (!set.mayDelete) notFound();
  const t = await getTranslations("BusinessHours");
  return (
    <DeleteSetConfirmation
      title={t("deleteHoursSet")}
      action={deleteHoursSetAction}
      setId={set.id}
      name={set.name}
      portalCount={set.portals.length + set.otherPortalCount}
      cancelHref={`/manager/business-hours/hours/${set.id}`}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("deleteHoursSet") };
}
