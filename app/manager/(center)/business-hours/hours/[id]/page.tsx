import { getTranslations } from "next-intl/server";
import { setPageTitle } from "@/components/business-hours/set-page-title";
import { EditSetPage, type SetPageProps } from "@/components/business-hours/EditSetPage";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { updateHoursSetAction } from "../../actions";

/** A business-hours set. */
export default async function HoursSetPage(props: SetPageProps) {
  return (
    <EditSetPage
      {...props}
      kind="hours"
      getSet={getHoursSet}
      formValues={hoursSetFormValues}
      Form={HoursSetForm}
      action={updateHoursSetAction}
    />
  );
}

export async function generateMetadata(props: SetPageProps) {
  return setPageTitle(props.params, getHoursSet, (await getTranslations("PageTitles"))("hoursSet"));
}
