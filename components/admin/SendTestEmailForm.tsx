"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** "Test-E-Mail senden": one address, defaulting to the administrator's own. */
export function SendTestEmailForm({
  action,
  defaultTo,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaultTo: string;
}) {
  const t = useTranslations("Admin.mail");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <InputField
        name="to"
        type="email"
        label={t("testTo")}
        autoComplete="email"
        defaultValue={values.to ?? defaultTo}
        error={errors.to}
        required
      />
      <div className="actions">
        <SubmitButton>{t("testSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
