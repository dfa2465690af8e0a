import { getTranslations } from "next-intl/server";
import { saveManagerSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";

export default async function ManagerSettingsPage() {
  return <MySettingsPage realm="manager" action={saveManagerSettingsAction} />;
}

export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}
