"use client";
import { useTranslations } from "next-intl";
import { InputField } from "@/components/forms/Field";
import type { FormState } from "@/lib/forms/form-state";

type Identity = { name: string; loginId: string; email: string };

/**
 * A company manager's name, login ID and e-mail address: the same fields when the Admin Center adds
 * one and when it edits one. Editing adds what a change does (a new login ID signs out, a new
 * address is told to the old one) and starts from the saved values.
 */
export function CompanyManagerFields({ state, saved }: { state: FormState; saved?: Identity }) {
  const t = useTranslations("Admin.managers");
  const { values, fieldErrors: errors } = state;
  const value = (name: keyof Identity) => values[name] ?? saved?.[name];
  return (
    <>
      <InputField
        name="name"
        label={t("name")}
        autoComplete="off"
        defaultValue={value("name")}
        error={errors.name}
        required
      />
      <InputField
        name="loginId"
        type="email"
        label={t("loginId")}
        description={saved ? `${t("loginIdHelp")} ${t("loginIdChangeHint")}` : t("loginIdHelp")}
        autoComplete="off"
        defaultValue={value("loginId")}
        error={errors.loginId}
        required
      />
      <InputField
        name="email"
        type="email"
        label={t("email")}
        description={saved ? t("emailChangeHint") : undefined}
        autoComplete="off"
        defaultValue={value("email")}
        error={errors.email}
        required
      />
    </>
  );
}
