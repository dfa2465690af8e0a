"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { OUTCOMES } from "@/lib/live/outcomes";
import { RadioGroupField } from "@/components/forms/RadioGroupField";

/**
 * Notes and outcome (Gelöst / Nicht gelöst / Unbekannt): "Sitzung beenden" while the session runs,
 * "Speichern" after it ended (e.g. when the customer ended it).
 */
export function WrapUpForm({
  action,
  ended,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  ended: boolean;
  defaults: { notes: string; outcome: string | null };
}) {
  const t = useTranslations("AgentConsole.end");
  const [state, formAction] = useFormAction(action, initialFormState);
  const notes = state.values.notes ?? defaults.notes;
  const outcome = state.values.outcome ?? defaults.outcome ?? "";
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ outcome: `outcome-${OUTCOMES[0]}` }} />
      <TextAreaField name="notes" label={t("notes")} defaultValue={notes} error={state.fieldErrors.notes} rows={4} />
      <RadioGroupField
        name="outcome"
        legend={t("outcome")}
        options={OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
        value={outcome}
        error={state.fieldErrors.outcome}
        className="stack"
        rowClassName="radio-row"
      />
      <div className="actions">
        <SubmitButton variant={ended ? "primary" : "danger"}>{ended ? t("save") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
