import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/agent-console/ConsoleShell";
import { saveAgentSettingsAction } from "@/app/settings-actions";
import { MySettingsPage } from "@/components/settings/MySettingsPage";
import { requirePrincipal } from "@/lib/auth/require-principal";

/** "Meine Einstellungen" of an agent: password, language, time zone (also after a password reset). */
export default async function AgentSettingsPage() {
  const principal = await requirePrincipal("agent", { allowPendingPasswordChange: true });
  return (
    <ConsoleShell principal={principal} current="settings">
      <div className="console-narrow">
        <MySettingsPage realm="agent" action={saveAgentSettingsAction} />
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
