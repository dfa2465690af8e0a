import { getTranslations } from "next-intl/server";
import { HoursSetForm } from "@/components/business-hours/HoursSetForm";
import { NewSetPage } from "@/components/business-hours/NewSetPage";
import { hoursSetFormValues } from "@/lib/business-hours/form-values";
import { closedWeek } from "@/lib/business-hours/week";
import type { SearchParams } from "@/lib/forms/page-props";
import { createHoursSetAction } from "../../actions";
import { newSetContext } from "../../new-set-context";

/** "Geschäftszeitensatz hinzufügen": a new set starts closed all week. */
export default async function NewHoursSetPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <NewSetPage
      {...await newSetContext(searchParams)}
      titleKey="addHoursSet"
      defaults={(basics) => hoursSetFormValues({ ...basics, week: closedWeek() })}
      Form={HoursSetForm}
      action={createHoursSetAction}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("addHoursSet") };
}
