"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ApiManagerForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("Managers");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="checkbox-grid">
        <InputField
          name="name"
          label={t("name")}
          autoComplete="off"
          defaultValue={values.name}
          error={errors.name}
          required
        />
        <InputField
          name="loginId"
          type="email"
          label={t("loginId")}
          autoComplete="off"
          defaultValue={values.loginId}
          error={errors.loginId}
          required
        />
        <InputField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          defaultValue={values.email}
          error={errors.email}
          required
        />
        <InputField
          name="password"
          type="password"
          label={t("password")}
          description={t("passwordHelp")}
          autoComplete="new-password"
          error={errors.password}
          required
        />
      </div>
      <div className="actions">
        <SubmitButton>{t("addApiManager")}</SubmitButton>
      </div>
    </form>
  );
}
