import { getTranslations } from "next-intl/server";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { NewSetPage } from "@/components/business-hours/NewSetPage";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { createHolidaySetAction } from "../../actions";

/** "Feiertage/Events hinzufügen": a new set starts without dates. */
export default async function NewHolidaySetPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  // ?portal=<id> (from a portal's page) preselects that portal.
  const portalId = firstParam((await searchParams).portal);
  return (
    <NewSetPage
      timeZone={actor.timeZone}
      portalOptions={portals}
      preselected={portals.filter((p) => p.id === portalId).map((p) => p.id)}
      titleKey="addHolidaySet"
      defaults={(basics) => holidaySetFormValues({ ...basics, dates: [] })}
      Form={HolidaySetForm}
      action={createHolidaySetAction}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("addHolidaySet") };
}
