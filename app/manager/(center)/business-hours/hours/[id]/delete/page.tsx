import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSetPage } from "@/components/business-hours/DeleteSetPage";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getHoursSet } from "@/lib/business-hours/hours-sets";
import { orNotFound } from "@/lib/errors/or-not-found";
import { deleteHoursSetAction } from "../../../actions";
import { setPageTitle, type SetPageProps } from "../../../set-page-title";

export default async function DeleteHoursSetPage({ params }: SetPageProps) {
  const actor = await requirePrincipal("manager");
  const set = await orNotFound(getHoursSet(actor, (await params).id));
  if (!set.mayDelete) notFound();
  return <DeleteSetPage kind="hours" set={set} titleKey="deleteHoursSet" action={deleteHoursSetAction} />;
}

export async function generateMetadata({ params }: SetPageProps) {
  return setPageTitle(params, getHoursSet, (await getTranslations("BusinessHours"))("deleteHoursSet"));
}
