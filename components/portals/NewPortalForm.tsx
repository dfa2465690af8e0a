"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { PORTAL_TYPES } from "@/lib/portals/portal-types";
import { SlugField } from "./SlugField";

export function NewPortalForm({ action }: { action: FormStateAction }) {
  const t = useTranslations("Portals");
  const firstSubPortal = { subPortalName: t("defaultSubPortalName"), subPortalSlug: t("defaultSubPortalSlug") };
  return (
    <ActionForm
      action={action}
      saved={{ type: "questionBox", ...firstSubPortal }}
      buttons={<SubmitButton>{t("create")}</SubmitButton>}
    >
      {(field) => (
        <>
          <InputField {...field("name")} label={t("name")} required />
          <SelectField
            {...field("type")}
            label={t("type")}
            description={t("typeHelp")}
            options={PORTAL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          />
          <SlugField field={field} name="slug" label={t("slug")} />
          <fieldset className="stack">
            <legend>{t("firstSubPortal")}</legend>
            <InputField {...field("subPortalName")} label={t("subPortalName")} required />
            <SlugField field={field} name="subPortalSlug" label={t("subPortalSlug")} />
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
