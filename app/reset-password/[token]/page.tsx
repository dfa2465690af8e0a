import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/auth/NewPasswordForm";
import { chooseLanguageAction } from "@/app/auth-actions";
import { PublicPage } from "@/components/shell/PublicPage";
import { isResetTokenUsable } from "@/lib/password-reset/reset-password-with-token";
import { resetPasswordAction } from "./actions";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("ResetPassword");
  const usable = await isResetTokenUsable(token);
  return (
    <PublicPage title={t("title")} languageAction={chooseLanguageAction}>
      {usable ? (
        <NewPasswordForm
          action={resetPasswordAction.bind(null, token)}
          texts={{
            password: t("password"),
            passwordHelp: t("passwordHelp"),
            passwordConfirm: t("passwordConfirm"),
            submit: t("submit"),
          }}
        />
      ) : (
        <>
          <p role="alert" className="alert alert-error">
            {t("invalidLink")}
          </p>
          <p>
            <Link href="/forgot-password">{t("requestNewLink")}</Link>
          </p>
        </>
      )}
    </PublicPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("ResetPassword");
  // Keeps the token in the URL away from other sites. Not "no-referrer": that makes the browser send
  // "Origin: null" with the form's own POST, which Next refuses as a cross-origin server action, so
  // the page could not be used without JavaScript.
  return { title: t("title"), referrer: "same-origin" as const };
}
