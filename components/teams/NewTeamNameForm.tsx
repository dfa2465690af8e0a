"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export function NewTeamNameForm({
  action,
  parentId,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  parentId?: string;
}) {
  const t = useTranslations("Teams");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="toolbar">
        {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
        <InputField
          name="name"
          label={t("name")}
          defaultValue={state.values.name}
          error={state.fieldErrors.name}
          required
        />
        <SubmitButton>{parentId ? t("addSubTeam") : t("addTeam")}</SubmitButton>
      </div>
    </form>
  );
}
