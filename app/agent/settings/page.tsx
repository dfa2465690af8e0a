import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/agent-console/ConsoleShell";
import { signOutOfAgentConsoleAction } from "@/app/auth-actions";
import { saveAgentSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getMySettings } from "@/lib/users/update-my-settings";

/** "Meine Einstellungen" of an agent: password, language, time zone (also after a password reset). */
export default async function AgentSettingsPage() {
  const principal = await requirePrincipal("agent", { allowPendingPasswordChange: true });
  const settings = await getMySettings(principal);
  return (
    <ConsoleShell principal={principal} current="settings" signOutAction={signOutOfAgentConsoleAction}>
      <div className="console-narrow">
        <MySettingsPage principal={principal} settings={settings} action={saveAgentSettingsAction} />
      </div>
    </ConsoleShell>
  );
}

/** The same page in three places: the title says which. */
export async function generateMetadata() {
  const t = await getTranslations("Settings");
  return {
    title: (await getTranslations("PageTitles"))("of", {
      object: t("title"),
      page: (await getTranslations("AgentConsole"))("title"),
    }),
  };
}
