import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/shell/Notice";
import type { Principal } from "@/lib/auth/principal";
import type { NoticeKey } from "@/lib/flash/notice-keys";
import type { FormState } from "@/lib/forms/form-state";
import type { MySettings } from "@/lib/users/update-my-settings";
import { currentTimeZoneName, timeZoneChoices } from "@/lib/i18n/time-zones";
import { MySettingsForm } from "./MySettingsForm";

/**
 * Who set the temporary password, told by who may set it: the system administrator resets company
 * managers, company managers reset team and API managers, managers reset agents.
 */
function mustChangeNoticeOf(principal: Principal): NoticeKey {
  if (principal.kind === "agent") return "mustChangePasswordByManager";
  if (principal.kind === "manager" && principal.managerRole !== "company") return "mustChangePasswordByCompanyManager";
  return "mustChangePasswordByAdmin";
}

/** "Meine Einstellungen": the same page in the Management Center, the Admin Center and the agent console. */
export async function MySettingsPage({
  principal,
  settings,
  action,
}: {
  principal: Principal;
  settings: MySettings;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations("Settings");
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice notice={settings.mustChangePassword ? mustChangeNoticeOf(principal) : undefined} />
      <MySettingsForm
        action={action}
        loginId={settings.loginId}
        defaults={{
          email: settings.email,
          timeZone: currentTimeZoneName(settings.timeZone),
          language: settings.language,
        }}
        timeZones={timeZoneChoices()}
      />
    </>
  );
}
