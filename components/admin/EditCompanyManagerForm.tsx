"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** "Bearbeiten" in the Admin Center: a company manager's name, login ID and e-mail address. */
export function EditCompanyManagerForm({
  action,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: { name: string; loginId: string; email: string };
}) {
  const t = useTranslations("Admin.managers");
  const [state, formAction] = useActionState(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={errors.form} />
      <InputField
        name="name"
        label={t("name")}
        autoComplete="off"
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
        required
      />
      <InputField
        name="loginId"
        type="email"
        label={t("loginId")}
        description={`${t("loginIdHelp")} ${t("loginIdChangeHint")}`}
        autoComplete="off"
        defaultValue={values.loginId ?? defaults.loginId}
        error={errors.loginId}
        required
      />
      <InputField
        name="email"
        type="email"
        label={t("email")}
        description={t("emailChangeHint")}
        autoComplete="off"
        defaultValue={values.email ?? defaults.email}
        error={errors.email}
        required
      />
      <div className="actions">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
