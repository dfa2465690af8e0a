import { getTranslations } from "next-intl/server";
import { DeleteSetPage } from "@/components/business-hours/DeleteSetPage";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { deleteHolidaySetAction } from "../../../actions";

export default async function DeleteHolidaySetPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <DeleteSetPage
      kind="holiday"
      params={params}
      titleKey="deleteHolidaySet"
      getSet={getHolidaySet}
      action={deleteHolidaySetAction}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("deleteHolidaySet") };
}
