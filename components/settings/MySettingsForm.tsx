"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { useLanguageOptions } from "./use-language-options";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { TimeZoneSelectField } from "@/components/forms/TimeZoneSelectField";

export function MySettingsForm({
  action,
  loginId,
  defaults,
  timeZones,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  loginId: string;
  defaults: { email: string; timeZone: string; language: string };
  timeZones: TimeZoneChoices;
}) {
  const t = useTranslations("Settings");
  const [state, formAction] = useFormAction(action, initialFormState);
  const values = { ...defaults, ...state.values };
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <p>
        {t("loginId")}: <strong>{loginId}</strong>
      </p>
      <fieldset className="stack">
        <legend>{t("profile")}</legend>
        <InputField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
          required
        />
        <TimeZoneSelectField
          label={t("timeZone")}
          choices={timeZones}
          defaultValue={values.timeZone}
          error={errors.timeZone}
        />
        <SelectField
          name="language"
          label={t("language")}
          options={useLanguageOptions()}
          defaultValue={values.language}
          error={errors.language}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>{t("password")}</legend>
        <p className="field-help">{t("passwordHint")}</p>
        <InputField
          name="currentPassword"
          type="password"
          label={t("currentPassword")}
          autoComplete="current-password"
          error={errors.currentPassword}
        />
        <InputField
          name="newPassword"
          type="password"
          label={t("newPassword")}
          description={t("newPasswordHelp")}
          autoComplete="new-password"
          error={errors.newPassword}
        />
        <InputField
          name="newPasswordConfirm"
          type="password"
          label={t("newPasswordConfirm")}
          autoComplete="new-password"
          error={errors.newPasswordConfirm}
        />
      </fieldset>
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
