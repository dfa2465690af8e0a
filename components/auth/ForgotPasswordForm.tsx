"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ForgotPasswordForm({
  action,
  realm,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  realm: string;
}) {
  const t = useTranslations("ForgotPassword");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="realm" value={realm} />
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
        name="loginIdConfirm"
        type="email"
        label={t("loginIdConfirm")}
        autoComplete="off"
        defaultValue={state.values.loginIdConfirm}
        error={state.fieldErrors.loginIdConfirm}
        required
      />
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
