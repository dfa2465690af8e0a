import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listTimeZones } from "@/lib/validation/fields";
import { updateHoursSetAction } from "../../actions";

/** A business-hours set: company managers edit everything, team managers with the right all but the portals. */
export default async function HoursSetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getHoursSet(actor, id));
  const portals = set.mayAssignPortals ? await assignablePortals(actor) : [];
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{set.name}</h1>
      <Notice notice={firstParam((await searchParams).notice)} />
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <HoursSetForm
        action={updateHoursSetAction}
        setId={set.id}
        defaults={hoursSetFormValues({ ...set, portalIds: set.portals.map((p) => p.id) })}
        timeZones={listTimeZones()}
        mayAssignPortals={set.mayAssignPortals}
        portalOptions={portals}
        assigned={set}
        submitLabel={t("save")}
      />
      {set.mayDelete ? (
        <p className="actions">
          <Link
            href={`/manager/business-hours/hours/${set.id}/delete`}
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
