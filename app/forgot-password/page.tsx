import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/ForgotPasswordForm";
import { chooseLanguageAction } from "@/app/auth-actions";
import { PublicPage } from "@/components/shell/PublicPage";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { REALM_PATHS } from "@/lib/auth/realm-paths";
import { requestPasswordResetAction } from "./actions";
import { realmOfForm } from "./realm-of-form";

/** "Passwort vergessen": login ID, confirmation, Senden. */
export default async function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const realm = realmOfForm(firstParam(params.realm));
  const t = await getTranslations("ForgotPassword");
  return (
    <PublicPage title={t("title")} languageAction={chooseLanguageAction}>
      {firstParam(params.sent) ? (
        <p role="status" className="alert alert-info">
          {t("sent")}
        </p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <ForgotPasswordForm action={requestPasswordResetAction} realm={realm} />
        </>
      )}
      <p>
        <Link href={REALM_PATHS[realm].signIn}>{t("backToSignIn")}</Link>
      </p>
    </PublicPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("ForgotPassword");
  return { title: t("title") };
}
