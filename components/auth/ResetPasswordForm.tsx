"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ResetPasswordForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("ResetPassword");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={state.fieldErrors.form} />
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
