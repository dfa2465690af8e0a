"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** "OK" on the confirmation page; says so when the sub-portal turned out to be the last one. */
export function DeleteSubPortalForm({
  action,
  portalId,
  subPortalId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  portalId: string;
  subPortalId: string;
}) {
  const t = useTranslations("Portals");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="stack">
      <FormAlert error={state.fieldErrors.form} />
      <input type="hidden" name="portalId" value={portalId} />
      <input type="hidden" name="subPortalId" value={subPortalId} />
      <div className="actions">
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href={`/manager/portals/${portalId}/sub-portals/${subPortalId}`}>{t("cancel")}</Link>
      </div>
    </form>
  );
}
