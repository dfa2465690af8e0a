"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** Name and address of a sub-portal: adding one, or renaming it. */
export function SubPortalForm({
  action,
  portalId,
  subPortal,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  portalId: string;
  subPortal?: { id: string; name: string; slug: string };
  submitLabel: string;
}) {
  const t = useTranslations("Portals");
  const [state, formAction] = useFormAction(action, initialFormState);
  const e = state.fieldErrors;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="portalId" value={portalId} />
      {subPortal ? <input type="hidden" name="subPortalId" value={subPortal.id} /> : null}
      <InputField
        name="name"
        label={t("subPortalName")}
        defaultValue={state.values.name ?? subPortal?.name ?? ""}
        error={e.name}
        required
      />
      <InputField
        name="slug"
        width="slug"
        label={t("subPortalSlug")}
        description={t("slugHelp")}
        defaultValue={state.values.slug ?? subPortal?.slug ?? ""}
        error={e.slug}
        required
      />
      <div className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
