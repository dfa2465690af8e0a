"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function CreatePendingForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Agents");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      {/* The entries' fields are on the previous page: a problem with one is text here. */}
      <ErrorSummary
        state={state}
        targets={Object.fromEntries(Object.keys(state.fieldErrors).map((key) => [key, null]))}
      />
      <div className="actions">
        <SubmitButton>{t("send")}</SubmitButton>
        <Link href="/manager/agents/new">{t("cancel")}</Link>
      </div>
    </form>
  );
}
