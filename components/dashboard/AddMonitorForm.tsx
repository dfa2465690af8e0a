"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import type { MonitorKind } from "@/lib/dashboard/monitor-kinds";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** "Einen Monitor hinzufügen": a select and a button, a plain form. */
export function AddMonitorForm({
  kinds,
  action,
}: {
  kinds: MonitorKind[];
  action: (s: FormState, f: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Dashboard");
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="toolbar">
        <SelectField
          name="kind"
          label={t("addLabel")}
          defaultValue={state.values.kind ?? ""}
          error={state.fieldErrors.kind}
          options={[
            { value: "", label: t("addChoose") },
            ...kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          ]}
        />
        <SubmitButton>{t("addSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
