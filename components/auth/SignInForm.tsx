"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
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
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
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
