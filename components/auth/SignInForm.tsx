"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function SignInForm({
  action,
  forgotPasswordHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  forgotPasswordHref: string;
}) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={state.fieldErrors.form} />
      <InputField
        name="loginId"
        type="email"
        label={t("loginId")}
        autoComplete="username"
        defaultValue={state.values.loginId}
        error={state.fieldErrors.loginId}
        required
      />
      <InputField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        error={state.fieldErrors.password}
        required
      />
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
        <Link href={forgotPasswordHref}>{t("forgotPassword")}</Link>
      </div>
    </form>
  );
}
