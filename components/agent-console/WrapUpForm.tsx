"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { OUTCOMES } from "@/lib/live/outcomes";
import { RequiredMark } from "@/components/forms/RequiredMark";

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
  const errors = useTranslations("Errors");
  const [state, formAction] = useFormAction(action, initialFormState);
  const notes = state.values.notes ?? defaults.notes;
  const outcome = state.values.outcome ?? defaults.outcome ?? "";
  const outcomeError = state.fieldErrors.outcome;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ outcome: `outcome-${OUTCOMES[0]}` }} />
      <TextAreaField name="notes" label={t("notes")} defaultValue={notes} error={state.fieldErrors.notes} rows={4} />
      <fieldset className="stack" aria-describedby={outcomeError ? "outcome-error" : undefined}>
        <legend>
          {t("outcome")}
          <RequiredMark required />
        </legend>
        {/* Keyed by the value: React resets a form after its action; this shows what was sent. */}
        <div key={outcome} className="radio-row">
          {OUTCOMES.map((value) => (
            <div key={value} className="checkbox">
              <input
                type="radio"
                id={`outcome-${value}`}
                name="outcome"
                value={value}
                defaultChecked={outcome === value}
                required
              />
              <label htmlFor={`outcome-${value}`}>{t(`outcomes.${value}`)}</label>
            </div>
          ))}
        </div>
        {outcomeError ? (
          <p id="outcome-error" className="field-error">
            {errors(outcomeError)}
          </p>
        ) : null}
      </fieldset>
      <div className="actions">
        <SubmitButton variant={ended ? "primary" : "danger"}>{ended ? t("save") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
