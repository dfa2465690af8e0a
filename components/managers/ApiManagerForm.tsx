"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function ApiManagerForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("Managers");
  const [state, formAction] = useActionState(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
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
