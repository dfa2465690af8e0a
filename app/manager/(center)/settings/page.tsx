import { getTranslations } from "next-intl/server";
import { saveManagerSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";

export default async function ManagerSettingsPage() {
  return <MySettingsPage realm="manager" action={saveManagerSettingsAction} />;
}

/** The same page in three places: the title says which. */
export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return {
    title: (await getTranslations("PageTitles"))("of", {
      object: t("title"),
      page: (await getTranslations("Nav"))("managementCenter"),
    }),
  };
}
