import { getTranslations } from "next-intl/server";
import { EditSetPage } from "@/components/business-hours/EditSetPage";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { updateHoursSetAction } from "../../actions";
import { setPageTitle, type SetPageProps } from "../../set-page-title";

/** A business-hours set: company managers edit everything, team managers with the right all but the portals. */
export default async function HoursSetPage({ params }: SetPageProps) {
  const actor = await requirePrincipal("manager");
  const set = await orNotFound(getHoursSet(actor, (await params).id));
  const portalOptions = set.mayAssignPortals ? await assignablePortals(actor) : [];
  return (
    <EditSetPage
      kind="hours"
      set={set}
      formValues={hoursSetFormValues}
      portalOptions={portalOptions}
      Form={HoursSetForm}
      action={updateHoursSetAction}
    />
  );
}

export async function generateMetadata(props: SetPageProps) {
  return setPageTitle(props.params, getHoursSet, (await getTranslations("PageTitles"))("hoursSet"));
}
