import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import { PublicPage } from "@/components/shell/PublicPage";
import { isResetTokenUsable } from "@/lib/password-reset/reset-password-with-token";
import { resetPasswordAction } from "./actions";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("ResetPassword");
  const usable = await isResetTokenUsable(token);
  return (
    <PublicPage title={t("title")}>
      {usable ? (
        <ResetPasswordForm action={resetPasswordAction.bind(null, token)} />
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
  return { title: t("title"), referrer: "no-referrer" as const };
}
