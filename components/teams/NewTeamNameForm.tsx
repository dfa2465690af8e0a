"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
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
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="toolbar" noValidate>
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <InputField
        name="name"
        label={t("name")}
        defaultValue={state.values.name}
        error={state.fieldErrors.name}
        required
      />
      <SubmitButton>{parentId ? t("addSubTeam") : t("addTeam")}</SubmitButton>
    </form>
  );
}
