import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSetPage } from "@/components/business-hours/DeleteSetPage";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getHolidaySet } from "@/lib/business-hours/holiday-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { deleteHolidaySetAction } from "../../../actions";
import { setPageTitle, type SetPageProps } from "../../../set-page-title";

export default async function DeleteHolidaySetPage({ params }: SetPageProps) {
  const actor = await requirePrincipal("manager");
  const set = await orNotFound(getHolidaySet(actor, (await params).id));
  if (!set.mayDelete) notFound();
  return <DeleteSetPage kind="holiday" set={set} titleKey="deleteHolidaySet" action={deleteHolidaySetAction} />;
}

export async function generateMetadata({ params }: SetPageProps) {
  return setPageTitle(params, getHolidaySet, (await getTranslations("BusinessHours"))("deleteHolidaySet"));
}
