import { getTranslations } from "next-intl/server";
import { saveAdminSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";

export default async function AdminSettingsPage() {
  return <MySettingsPage realm="admin" action={saveAdminSettingsAction} />;
}

/** The same page in three places: the title says which. */
export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return {
    title: (await getTranslations("PageTitles"))("of", {
      object: t("title"),
      page: (await getTranslations("Nav"))("adminCenter"),
    }),
  };
}
