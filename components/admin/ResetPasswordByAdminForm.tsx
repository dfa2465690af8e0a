"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ResetPasswordByAdminForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Admin.managers");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <InputField
        name="password"
        type="password"
        label={t("newPassword")}
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
        <SubmitButton>{t("resetPassword")}</SubmitButton>
      </div>
    </form>
  );
}
