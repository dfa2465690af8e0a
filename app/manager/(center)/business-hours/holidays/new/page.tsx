import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listTimeZones } from "@/lib/validation/fields";
import { createHolidaySetAction } from "../../actions";

/** "Feiertage/Events hinzufügen" (company managers); ?portal=<id> preselects that portal. */
export default async function NewHolidaySetPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  const portalId = firstParam((await searchParams).portal);
  const preselected = portals.filter((p) => p.id === portalId).map((p) => p.id);
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{t("addHolidaySet")}</h1>
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <HolidaySetForm
        action={createHolidaySetAction}
        defaults={holidaySetFormValues({
          name: "",
          timeZone: actor.timeZone,
          closedMessageDe: "",
          closedMessageEn: "",
          dates: [],
          portalIds: preselected,
        })}
        timeZones={listTimeZones()}
        mayAssignPortals
        portalOptions={portals}
        assigned={{ portals: [], otherPortalCount: 0 }}
        submitLabel={t("addHolidaySet")}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("addHolidaySet") };
}
