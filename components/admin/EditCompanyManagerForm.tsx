"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { CompanyManagerFields } from "./CompanyManagerFields";

/** "Bearbeiten" in the Admin Center: a company manager's name, login ID and e-mail address. */
export function EditCompanyManagerForm({
  action,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: { name: string; loginId: string; email: string };
}) {
  const t = useTranslations("Admin.managers");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <CompanyManagerFields state={state} saved={defaults} />
      <div className="actions">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
