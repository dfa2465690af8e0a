"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ManagerIdentityFields } from "./ManagerIdentityFields";

export function ApiManagerForm({ action }: { action: FormStateAction }) {
  const t = useTranslations("Managers");
  return (
    <ActionForm action={action} buttons={<SubmitButton>{t("addApiManager")}</SubmitButton>}>
      {(field) => (
        <div className="checkbox-grid">
          <ManagerIdentityFields field={field} labels={{ name: t("name"), loginId: t("loginId"), email: t("email") }} />
          <InputField
            {...field("password")}
            type="password"
            label={t("password")}
            description={t("passwordHelp")}
            autoComplete="new-password"
            required
          />
        </div>
      )}
    </ActionForm>
  );
}
