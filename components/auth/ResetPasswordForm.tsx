"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ResetPasswordForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("ResetPassword");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <InputField
        name="password"
        type="password"
        label={t("password")}
        description={t("passwordHelp")}
        autoComplete="new-password"
        error={state.fieldErrors.password}
        required
      />
      <InputField
        name="passwordConfirm"
        type="password"
        label={t("passwordConfirm")}
        autoComplete="new-password"
        error={state.fieldErrors.passwordConfirm}
        required
      />
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
