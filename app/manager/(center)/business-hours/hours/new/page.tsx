import { getTranslations } from "next-intl/server";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { NewSetPage } from "@/components/business-hours/NewSetPage";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { closedWeek } from "@/lib/business-hours/week";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { createHoursSetAction } from "../../actions";

/** "Geschäftszeitensatz hinzufügen": a new set starts closed all week. */
export default async function NewHoursSetPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  // ?portal=<id> (from a portal's page) preselects that portal.
  const portalId = firstParam((await searchParams).portal);
  return (
    <NewSetPage
      timeZone={actor.timeZone}
      portalOptions={portals}
      preselected={portals.filter((p) => p.id === portalId).map((p) => p.id)}
      titleKey="addHoursSet"
      defaults={(basics) => hoursSetFormValues({ ...basics, week: closedWeek() })}
      Form={HoursSetForm}
      action={createHoursSetAction}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("addHoursSet") };
}
