"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
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
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="portalId" value={portalId} />
      <input type="hidden" name="subPortalId" value={subPortalId} />
      <div className="actions">
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href={`/manager/portals/${portalId}/sub-portals/${subPortalId}`}>{t("cancel")}</Link>
      </div>
    </form>
  );
}
