import { getTranslations } from "next-intl/server";
import { setPageTitle } from "@/components/business-hours/set-page-title";
import { EditSetPage, type SetPageProps } from "@/components/business-hours/EditSetPage";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { updateHolidaySetAction } from "../../actions";

/** A holiday/event set. */
export default async function HolidaySetPage(props: SetPageProps) {
  return (
    <EditSetPage
      {...props}
      kind="holiday"
      getSet={getHolidaySet}
      formValues={holidaySetFormValues}
      Form={HolidaySetForm}
      action={updateHolidaySetAction}
    />
  );
}

export async function generateMetadata(props: SetPageProps) {
  return setPageTitle(props.params, getHolidaySet, (await getTranslations("PageTitles"))("holidaySet"));
}
