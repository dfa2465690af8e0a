import { getTranslations } from "next-intl/server";
import { setPageTitle } from "@/components/business-hours/set-page-title";
import { DeleteSetPage } from "@/components/business-hours/DeleteSetPage";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { deleteHoursSetAction } from "../../../actions";

export default async function DeleteHoursSetPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <DeleteSetPage
      kind="hours"
      params={params}
      titleKey="deleteHoursSet"
      getSet={getHoursSet}
      action={deleteHoursSetAction}
    />
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return setPageTitle(params, getHoursSet, (await getTranslations("BusinessHours"))("deleteHoursSet"));
}
