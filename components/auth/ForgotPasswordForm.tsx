"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function ForgotPasswordForm({ action, realm }: { action: FormStateAction; realm: string }) {
  const t = useTranslations("ForgotPassword");
  return (
    <ActionForm action={action} buttons={<SubmitButton>{t("submit")}</SubmitButton>}>
      {(field) => (
        <>
          <input type="hidden" name="realm" value={realm} />
          <InputField {...field("loginId")} type="email" label={t("loginId")} autoComplete="username" required />
          <InputField
            {...field("loginIdConfirm")}
            type="email"
            label={t("loginIdConfirm")}
            autoComplete="off"
            required
          />
        </>
      )}
    </ActionForm>
  );
}
