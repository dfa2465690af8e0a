import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { closedWeek } from "@/lib/business-hours/week";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listTimeZones } from "@/lib/validation/fields";
import { createHoursSetAction } from "../../actions";

/** "Geschäftszeitensatz hinzufügen" (company managers); ?portal=<id> preselects that portal. */
export default async function NewHoursSetPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  const portalId = firstParam((await searchParams).portal);
  const preselected = portals.filter((p) => p.id === portalId).map((p) => p.id);
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{t("addHoursSet")}</h1>
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <HoursSetForm
        action={createHoursSetAction}
        defaults={hoursSetFormValues({
          name: "",
          timeZone: actor.timeZone,
          closedMessageDe: "",
          closedMessageEn: "",
          week: closedWeek(),
          portalIds: preselected,
        })}
        timeZones={listTimeZones()}
        mayAssignPortals
        portalOptions={portals}
        assigned={{ portals: [], otherPortalCount: 0 }}
        submitLabel={t("addHoursSet")}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("addHoursSet") };
}
