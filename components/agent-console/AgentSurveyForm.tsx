"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/FormAlert";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

/** The agent's survey after the session: a rating from 1 to 5 and a comment. */
export function AgentSurveyForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("AgentConsole.survey");
  const errors = useTranslations("Errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const rating = state.values.rating ?? "";
  const ratingError = state.fieldErrors.rating;
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={state.fieldErrors.form} />
      <fieldset aria-describedby={ratingError ? "rating-error" : undefined}>
        <legend>{t("rating")}</legend>
        <div key={rating} className="rating">
          {RATINGS.map((value) => (
            <div key={value} className="checkbox">
              <input type="radio" id={`rating-${value}`} name="rating" value={value} defaultChecked={rating === value} required />
              <label htmlFor={`rating-${value}`}>{t(`ratings.${value}`)}</label>
            </div>
          ))}
        </div>
        {ratingError ? (
          <p id="rating-error" className="field-error">
            {errors(ratingError)}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField name="comment" label={t("comment")} defaultValue={state.values.comment ?? ""} error={state.fieldErrors.comment} rows={3} />
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
