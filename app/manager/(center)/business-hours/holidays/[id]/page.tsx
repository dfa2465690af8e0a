import { getTranslations } from "next-intl/server";
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

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("title") };
}
