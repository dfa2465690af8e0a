import { getTranslations } from "next-intl/server";
import { saveMySettingsAction } from "@/app/settings-actions";
import { Notice } from "@/components/shell/Notice";
import type { Realm } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getMySettings } from "@/lib/users/update-my-settings";
import { listTimeZones } from "@/lib/validation/fields";
import { MySettingsForm } from "./MySettingsForm";

/** "Meine Einstellungen": the same page in the Management Center and the Admin Center. */
export async function MySettingsPage({ realm, notice }: { realm: Realm; notice?: string }) {
  const principal = await requirePrincipal(realm, { allowPendingPasswordChange: true });
  const settings = await getMySettings(principal);
  const t = await getTranslations("Settings");
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice notice={settings.mustChangePassword ? "mustChangePassword" : notice} />
      <MySettingsForm
        action={saveMySettingsAction.bind(null, realm)}
        loginId={settings.loginId}
        defaults={{ email: settings.email, timeZone: settings.timeZone, language: settings.language }}
        timeZones={listTimeZones()}
      />
    </>
  );
}
