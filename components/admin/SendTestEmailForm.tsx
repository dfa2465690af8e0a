"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
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
  const [state, formAction] = useActionState(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={errors.form} />
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
