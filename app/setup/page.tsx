import { redirect } from "next/navigation";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { FirstRunForm } from "@/components/auth/FirstRunForm";
import { chooseLanguageAction } from "@/app/auth-actions";
import { PublicPage } from "@/components/shell/PublicPage";
import { isFirstRun } from "@/lib/setup/first-run";
import { announceSetupCode, ensureSetupCode } from "@/lib/setup/setup-code";
import { timeZoneChoices } from "@/lib/i18n/time-zones";
import { createFirstAdministratorAction } from "./actions";

/** First run: create the system administrator. There is no shipped default password. */
export default async function SetupPage() {
  if (!(await isFirstRun())) redirect("/admin");
  // Normally made when the server started; if the file was deleted since, a new one goes to the console.
  const { code, created } = await ensureSetupCode();
  if (created) announceSetupCode(code);
  const t = await getTranslations("FirstRun");
  return (
    <PublicPage title={t("title")} languageAction={chooseLanguageAction}>
      <p>{t("intro")}</p>
      <FirstRunForm
        action={createFirstAdministratorAction}
        timeZones={timeZoneChoices()}
        defaults={{ language: await getLocale(), timeZone: await getTimeZone() }}
      />
    </PublicPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("FirstRun");
  return { title: t("title") };
}
