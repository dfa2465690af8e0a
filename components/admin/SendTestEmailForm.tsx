"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** "Test-E-Mail senden": one address, defaulting to the administrator's own. */
export function SendTestEmailForm({ action, defaultTo }: { action: FormStateAction; defaultTo: string }) {
  const t = useTranslations("Admin.mail");
  return (
    <ActionForm action={action} saved={{ to: defaultTo }} buttons={<SubmitButton>{t("testSubmit")}</SubmitButton>}>
      {(field) => <InputField {...field("to")} type="email" label={t("testTo")} autoComplete="email" required />}
    </ActionForm>
  );
}
