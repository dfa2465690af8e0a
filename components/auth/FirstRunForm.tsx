"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useLanguageOptions } from "@/components/settings/use-language-options";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { TimeZoneSelectField } from "@/components/forms/TimeZoneSelectField";

export function FirstRunForm({
  action,
  timeZones,
  defaults,
}: {
  action: FormStateAction;
  timeZones: TimeZoneChoices;
  defaults: { language: string; timeZone: string };
}) {
  const t = useTranslations("FirstRun");
  const languages = useLanguageOptions();
  return (
    <ActionForm action={action} saved={defaults} buttons={<SubmitButton>{t("submit")}</SubmitButton>}>
      {(field) => (
        <>
          <InputField
            {...field("setupCode")}
            label={t("setupCode")}
            description={t("setupCodeHelp")}
            autoComplete="off"
            required
          />
          <InputField
            {...field("loginId")}
            type="email"
            label={t("loginId")}
            description={t("loginIdHelp")}
            autoComplete="username"
            required
          />
          <NewPasswordFields
            field={field}
            label={t("password")}
            description={t("passwordHelp")}
            confirmLabel={t("passwordConfirm")}
          />
          <SelectField {...field("language")} label={t("language")} options={languages} />
          <TimeZoneSelectField {...field("timeZone")} label={t("timeZone")} choices={timeZones} />
        </>
      )}
    </ActionForm>
  );
}
