"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { NewPasswordField } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ManagerIdentityFields } from "./ManagerIdentityFields";

export function ApiManagerForm({ action }: { action: FormStateAction }) {
  const t = useTranslations("Managers");
  return (
    <ActionForm action={action} buttons={<SubmitButton>{t("addApiManager")}</SubmitButton>}>
      {(field) => (
        <div className="checkbox-grid">
          <ManagerIdentityFields field={field} labels={{ name: t("name"), loginId: t("loginId"), email: t("email") }} />
          <NewPasswordField field={field} label={t("password")} description={t("passwordHelp")} />
        </div>
      )}
    </ActionForm>
  );
}
