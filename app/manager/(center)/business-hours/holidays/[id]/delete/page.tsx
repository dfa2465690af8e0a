import { getTranslations } from "next-intl/server";
import { setPageTitle } from "@/components/business-hours/set-page-title";
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

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return setPageTitle(params, getHolidaySet, (await getTranslations("BusinessHours"))("deleteHolidaySet"));
}
