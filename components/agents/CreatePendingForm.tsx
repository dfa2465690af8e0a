"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function CreatePendingForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Agents");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="stack">
      <FormAlert error={state.fieldErrors.form ?? state.fieldErrors.loginId} />
      <div className="actions">
        <SubmitButton>{t("send")}</SubmitButton>
        <Link href="/manager/agents/new">{t("cancel")}</Link>
      </div>
    </form>
  );
}
