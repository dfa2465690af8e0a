"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { useLanguageOptions } from "@/components/settings/use-language-options";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { TimeZoneSelectField } from "@/components/forms/TimeZoneSelectField";

export function FirstRunForm({
  action,
  timeZones,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  timeZones: TimeZoneChoices;
  defaults: { language: string; timeZone: string };
}) {
  const t = useTranslations("FirstRun");
  const [state, formAction] = useFormAction(action, initialFormState);
  const values: Record<string, string> = { ...defaults, ...state.values };
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <InputField
        name="setupCode"
        label={t("setupCode")}
        description={t("setupCodeHelp")}
        autoComplete="off"
        defaultValue={values.setupCode}
        error={state.fieldErrors.setupCode}
        required
      />
      <InputField
        name="loginId"
        type="email"
        label={t("loginId")}
        description={t("loginIdHelp")}
        autoComplete="username"
        defaultValue={values.loginId}
        error={state.fieldErrors.loginId}
        required
      />
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
      <SelectField
        name="language"
        label={t("language")}
        options={useLanguageOptions()}
        defaultValue={values.language}
        error={state.fieldErrors.language}
      />
      <TimeZoneSelectField
        label={t("timeZone")}
        choices={timeZones}
        defaultValue={values.timeZone}
        error={state.fieldErrors.timeZone}
      />
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
