"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useLanguageOptions } from "./use-language-options";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { TimeZoneSelectField } from "@/components/forms/TimeZoneSelectField";

export function MySettingsForm({
  action,
  loginId,
  defaults,
  timeZones,
}: {
  action: FormStateAction;
  loginId: string;
  defaults: { email: string; timeZone: string; language: string };
  timeZones: TimeZoneChoices;
}) {
  const t = useTranslations("Settings");
  const languages = useLanguageOptions();
  return (
    <ActionForm action={action} saved={defaults} buttons={<SubmitButton>{t("submit")}</SubmitButton>}>
      {(field) => (
        <>
          <p>
            {t("loginId")}: <strong>{loginId}</strong>
          </p>
          <fieldset className="stack">
            <legend>{t("profile")}</legend>
            <InputField {...field("email")} type="email" label={t("email")} autoComplete="email" required />
            <TimeZoneSelectField {...field("timeZone")} label={t("timeZone")} choices={timeZones} />
            <SelectField {...field("language")} label={t("language")} options={languages} />
          </fieldset>
          <fieldset className="stack">
            <legend>{t("password")}</legend>
            <p className="field-help">{t("passwordHint")}</p>
            <InputField
              {...field("currentPassword")}
              type="password"
              label={t("currentPassword")}
              autoComplete="current-password"
            />
            <NewPasswordFields
              field={field}
              name="newPassword"
              label={t("newPassword")}
              description={t("newPasswordHelp")}
              confirmLabel={t("newPasswordConfirm")}
              required={false}
            />
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
