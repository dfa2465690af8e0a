import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { chooseLanguageAction, signInToManagementCenterAction } from "@/app/auth-actions";
import { SignInForm } from "@/components/auth/SignInForm";
import { PublicPage } from "@/components/shell/PublicPage";
import { currentPrincipal } from "@/lib/auth/session";
import { isFirstRun } from "@/lib/setup/first-run";

export default async function ManagerSignInPage() {
  if (await isFirstRun()) redirect("/setup");
  if (await currentPrincipal("manager")) redirect("/manager/home");
  const t = await getTranslations("SignIn");
  return (
    <PublicPage title={t("managerTitle")} languageAction={chooseLanguageAction}>
      <SignInForm action={signInToManagementCenterAction} forgotPasswordHref="/forgot-password?realm=manager" />
    </PublicPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("SignIn");
  return { title: t("managerTitle") };
}
