"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/Field";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ManagerIdentityFields } from "@/components/managers/ManagerIdentityFields";
import { useLanguageOptions } from "@/components/settings/use-language-options";

export function CreateCompanyManagerForm({ action }: { action: FormStateAction }) {
  const t = useTranslations("Admin.managers");
  const languages = useLanguageOptions();
  return (
    <ActionForm action={action} saved={{ language: "de" }} buttons={<SubmitButton>{t("add")}</SubmitButton>}>
      {(field) => (
        <>
          <ManagerIdentityFields
            field={field}
            labels={{ name: t("name"), loginId: t("loginId"), email: t("email") }}
            loginIdHelp={t("loginIdHelp")}
          />
          <SelectField {...field("language")} label={t("language")} options={languages} />
          <NewPasswordFields
            field={field}
            label={t("password")}
            description={t("passwordHelp")}
            confirmLabel={t("passwordConfirm")}
          />
        </>
      )}
    </ActionForm>
  );
}
