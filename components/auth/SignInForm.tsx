"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function SignInForm({ action, forgotPasswordHref }: { action: FormStateAction; forgotPasswordHref: string }) {
  const t = useTranslations("SignIn");
  const buttons = (
    <>
      <SubmitButton>{t("submit")}</SubmitButton>
      <Link href={forgotPasswordHref}>{t("forgotPassword")}</Link>
    </>
  );
  return (
    <ActionForm action={action} buttons={buttons}>
      {(field) => (
        <>
          <InputField {...field("loginId")} type="email" label={t("loginId")} autoComplete="username" required />
          <InputField
            {...field("password")}
            type="password"
            label={t("password")}
            autoComplete="current-password"
            required
          />
        </>
      )}
    </ActionForm>
  );
}
