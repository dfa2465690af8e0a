"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { SlugField } from "./SlugField";

/** Name and address of a sub-portal: adding one, or renaming it. */
export function SubPortalForm({
  action,
  portalId,
  subPortal,
  submitLabel,
}: {
  action: FormStateAction;
  portalId: string;
  subPortal?: { id: string; name: string; slug: string };
  submitLabel: string;
}) {
  const t = useTranslations("Portals");
  return (
    <ActionForm action={action} saved={subPortal} buttons={<SubmitButton>{submitLabel}</SubmitButton>}>
      {(field) => (
        <>
          <input type="hidden" name="portalId" value={portalId} />
          {subPortal ? <input type="hidden" name="subPortalId" value={subPortal.id} /> : null}
          <InputField {...field("name")} label={t("subPortalName")} required />
          <SlugField field={field} name="slug" label={t("subPortalSlug")} />
        </>
      )}
    </ActionForm>
  );
}
