"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { RequiredMark } from "@/components/forms/RequiredMark";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

export type RatingSurveyTexts = { rating: string; ratingLabels: string[]; comment: string; submit: string };

/** The survey after a session, for customers and agents alike: a rating from 1 to 5 and a comment. */
export function RatingSurveyForm({
  action,
  texts,
  hidden = {},
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  texts: RatingSurveyTexts;
  /** Extra fields the action needs (e.g. the session). */
  hidden?: Record<string, string>;
}) {
  const errors = useTranslations("Errors");
  const [state, formAction] = useFormAction(action, initialFormState);
  const rating = state.values.rating ?? "";
  const ratingError = state.fieldErrors.rating;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ rating: `rating-${RATINGS[0]}` }} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset aria-describedby={ratingError ? "rating-error" : undefined}>
        <legend>
          {texts.rating}
          <RequiredMark required />
        </legend>
        {/* Keyed by the sent rating: radios show a failed submission's choice (defaults apply on mount only). */}
        <div key={rating} className="rating">
          {RATINGS.map((value, i) => (
            <div key={value} className="checkbox">
              <input
                type="radio"
                id={`rating-${value}`}
                name="rating"
                value={value}
                defaultChecked={rating === value}
                required
              />
              <label htmlFor={`rating-${value}`}>{texts.ratingLabels[i]}</label>
            </div>
          ))}
        </div>
        {ratingError ? (
          <p id="rating-error" className="field-error">
            {errors(ratingError)}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="comment"
        label={texts.comment}
        defaultValue={state.values.comment ?? ""}
        error={state.fieldErrors.comment}
        rows={3}
      />
      <div className="actions">
        <SubmitButton>{texts.submit}</SubmitButton>
      </div>
    </form>
  );
}
