"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useLanguageOptions } from "@/components/settings/use-language-options";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { CompanyManagerFields } from "./CompanyManagerFields";

export function CreateCompanyManagerForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Admin.managers");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <CompanyManagerFields state={state} />
      <SelectField
        name="language"
        label={t("language")}
        options={useLanguageOptions()}
        defaultValue={values.language ?? "de"}
        error={errors.language}
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
      <InputField
        name="passwordConfirm"
        type="password"
        label={t("passwordConfirm")}
        autoComplete="new-password"
        error={errors.passwordConfirm}
        required
      />
      <div className="actions">
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
