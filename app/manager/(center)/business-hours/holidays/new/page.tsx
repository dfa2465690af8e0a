import { getTranslations } from "next-intl/server";
import { HolidaySetForm } from "@/components/business-hours/HolidaySetForm";
import { NewSetPage } from "@/components/business-hours/NewSetPage";
import { holidaySetFormValues } from "@/lib/business-hours/form-values";
import type { SearchParams } from "@/lib/forms/page-props";
import { createHolidaySetAction } from "../../actions";
import { newSetContext } from "../../new-set-context";

/** "Feiertage/Events hinzufügen": a new set starts without dates. */
export default async function NewHolidaySetPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <NewSetPage
      {...await newSetContext(searchParams)}
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
