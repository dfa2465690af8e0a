import { getTranslations } from "next-intl/server";
import { saveAdminSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";

export default async function AdminSettingsPage() {
  return <MySettingsPage realm="admin" action={saveAdminSettingsAction} />;
}

export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}
