import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listTimeZones } from "@/lib/validation/fields";
import { updateHolidaySetAction } from "../../actions";

/** A holiday/event set: company managers edit everything, team managers with the right all but the portals. */
export default async function HolidaySetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getHolidaySet(actor, id));
  const portals = set.mayAssignPortals ? await assignablePortals(actor) : [];
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{set.name}</h1>
      <Notice notice={firstParam((await searchParams).notice)} />
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <HolidaySetForm
        action={updateHolidaySetAction}
        setId={set.id}
        defaults={holidaySetFormValues({ ...set, portalIds: set.portals.map((p) => p.id) })}
        timeZones={listTimeZones()}
        mayAssignPortals={set.mayAssignPortals}
        portalOptions={portals}
        assigned={set}
        submitLabel={t("save")}
      />
      {set.mayDelete ? (
        <p className="actions">
          <Link
            href={`/manager/business-hours/holidays/${set.id}/delete`}
            className="button button-danger"
          >
            {t("delete")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("title") };
}
