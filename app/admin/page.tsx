import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { chooseLanguageAction, signInToAdminCenterAction } from "@/app/auth-actions";
import { SignInForm } from "@/components/auth/SignInForm";
import { PublicPage } from "@/components/shell/PublicPage";
import { currentPrincipal } from "@/lib/auth/session";
import { isFirstRun } from "@/lib/setup/first-run";

export default async function AdminSignInPage() {
  if (await isFirstRun()) redirect("/setup");
  if (await currentPrincipal("admin")) redirect("/admin/overview");
  const t = await getTranslations("SignIn");
  return (
    <PublicPage title={t("adminTitle")} languageAction={chooseLanguageAction}>
      <SignInForm action={signInToAdminCenterAction} forgotPasswordHref="/forgot-password?realm=admin" />
    </PublicPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("SignIn");
  return { title: t("adminTitle") };
}
