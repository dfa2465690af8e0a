import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSetConfirmation } from "@/components/business-hours/DeleteSetConfirmation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { deleteHolidaySetAction } from "../../../actions";

/** The confirmation before a holiday/event set is deleted, a page of its own so it works without JavaScript. */
export default async function DeleteHolidaySetPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getHolidaySet(actor, id));
  if (!set.mayDelete) notFound();
  const t = await getTranslations("BusinessHours");
  return (
    <DeleteSetConfirmation
      title={t("deleteHolidaySet")}
      action={deleteHolidaySetAction}
      setId={set.id}
      name={set.name}
      portalCount={set.portals.length + set.otherPortalCount}
      cancelHref={`/manager/business-hours/holidays/${set.id}`}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("deleteHolidaySet") };
}
