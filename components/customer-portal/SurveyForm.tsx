"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { TextAreaField } from "@/components/forms/Field";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** The survey after a session: a rating from 1 to 5 and a comment. Used by customers and agents. */
export function SurveyForm({
  action,
  sessionId,
  texts,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sessionId: string;
  texts: { heading: string; rating: string; ratingLabels: string[]; comment: string; send: string };
}) {
  const errors = useTranslations("Errors");
  const [state, formAction] = useActionState(action, initialFormState);
  const ratingError = state.fieldErrors.rating;
  return (
    <section aria-labelledby="survey-heading" className="card">
      <h2 id="survey-heading">{texts.heading}</h2>
      <form action={formAction} className="stack" noValidate>
        <FormAlert error={state.fieldErrors.form} />
        <input type="hidden" name="sessionId" value={sessionId} />
        <fieldset aria-describedby={ratingError ? "rating-error" : undefined}>
          <legend>{texts.rating}</legend>
          <div className="rating">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name="rating" value={value} defaultChecked={state.values.rating === String(value)} required />
                {texts.ratingLabels[value - 1]}
              </label>
            ))}
          </div>
          {ratingError ? (
            <p id="rating-error" className="field-error">
              {errors(ratingError)}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField name="comment" label={texts.comment} defaultValue={state.values.comment ?? ""} error={state.fieldErrors.comment} rows={3} />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {texts.send}
          </button>
        </div>
      </form>
    </section>
  );
}
