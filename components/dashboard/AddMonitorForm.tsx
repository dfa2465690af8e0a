"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import { addMonitorAction } from "@/app/manager/(center)/dashboard/actions";
import type { MonitorKind } from "@/lib/dashboard/monitor-kinds";
import { initialFormState } from "@/lib/forms/form-state";

/** "Einen Monitor hinzufügen": a select and a button, a plain form. */
export function AddMonitorForm({ kinds }: { kinds: MonitorKind[] }) {
  const t = useTranslations("Dashboard");
  const [state, formAction] = useFormAction(addMonitorAction, initialFormState);
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
