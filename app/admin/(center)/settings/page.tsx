import { getTranslations } from "next-intl/server";
import { saveAdminSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";

export default async function AdminSettingsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <MySettingsPage realm="admin" action={saveAdminSettingsAction} notice={firstParam((await searchParams).notice)} />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}
