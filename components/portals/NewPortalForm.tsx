"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { PORTAL_TYPES } from "@/lib/portals/portal-types";

export function NewPortalForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("Portals");
  const [state, formAction] = useFormAction(action, initialFormState);
  const v = (key: string, fallback = "") => state.values[key] ?? fallback;
  const e = state.fieldErrors;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <InputField name="name" label={t("name")} defaultValue={v("name")} error={e.name} required />
      <SelectField
        name="type"
        label={t("type")}
        description={t("typeHelp")}
        defaultValue={v("type", "questionBox")}
        error={e.type}
        options={PORTAL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <InputField
        name="slug"
        width="slug"
        label={t("slug")}
        description={t("slugHelp")}
        defaultValue={v("slug")}
        error={e.slug}
        required
      />
      <fieldset className="stack">
        <legend>{t("firstSubPortal")}</legend>
        <InputField
          name="subPortalName"
          label={t("subPortalName")}
          defaultValue={v("subPortalName", t("defaultSubPortalName"))}
          error={e.subPortalName}
          required
        />
        <InputField
          name="subPortalSlug"
          width="slug"
          label={t("subPortalSlug")}
          description={t("slugHelp")}
          defaultValue={v("subPortalSlug", t("defaultSubPortalSlug"))}
          error={e.subPortalSlug}
          required
        />
      </fieldset>
      <div className="actions">
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
