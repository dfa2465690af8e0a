import { getTranslations } from "next-intl/server";
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

export async function generateMetadata() {
  const t = await getTranslations("BusinessHours");
  return { title: t("deleteHoursSet") };
}
