import { getTranslations } from "next-intl/server";
import { saveAdminSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getMySettings } from "@/lib/users/update-my-settings";

export default async function AdminSettingsPage() {
  const principal = await requirePrincipal("admin", { allowPendingPasswordChange: true });
  const settings = await getMySettings(principal);
  return <MySettingsPage principal={principal} settings={settings} action={saveAdminSettingsAction} />;
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
