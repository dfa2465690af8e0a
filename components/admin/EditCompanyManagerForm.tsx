"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ManagerIdentityFields } from "@/components/managers/ManagerIdentityFields";

/**
 * "Bearbeiten" in the Admin Center: a company manager's name, login ID and e-mail address, starting
 * from the saved ones, with what a change does (a new login ID signs out, a new address is told to
 * the old one).
 */
export function EditCompanyManagerForm({
  action,
  defaults,
}: {
  action: FormStateAction;
  defaults: { name: string; loginId: string; email: string };
}) {
  const t = useTranslations("Admin.managers");
  return (
    <ActionForm action={action} saved={defaults} buttons={<SubmitButton>{t("save")}</SubmitButton>}>
      {(field) => (
        <ManagerIdentityFields
          field={field}
          labels={{ name: t("name"), loginId: t("loginId"), email: t("email") }}
          loginIdHelp={`${t("loginIdHelp")} ${t("loginIdChangeHint")}`}
          emailHelp={t("emailChangeHint")}
        />
      )}
    </ActionForm>
  );
}
