import { getTranslations } from "next-intl/server";
import { EditSetPage } from "@/components/business-hours/EditSetPage";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { updateHolidaySetAction } from "../../actions";
import { setPageTitle, type SetPageProps } from "../../set-page-title";

/** A holiday/event set: company managers edit everything, team managers with the right all but the portals. */
export default async function HolidaySetPage({ params }: SetPageProps) {
  const actor = await requirePrincipal("manager");
  const set = await orNotFound(getHolidaySet(actor, (await params).id));
  const portalOptions = set.mayAssignPortals ? await assignablePortals(actor) : [];
  return (
    <EditSetPage
      kind="holiday"
      set={set}
      formValues={holidaySetFormValues}
      portalOptions={portalOptions}
      Form={HolidaySetForm}
      action={updateHolidaySetAction}
    />
  );
}

export async function generateMetadata(props: SetPageProps) {
  return setPageTitle(props.params, getHolidaySet, (await getTranslations("PageTitles"))("holidaySet"));
}
