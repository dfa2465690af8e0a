"use client";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { RadioGroupField } from "@/components/forms/RadioGroupField";

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
  const [state, formAction] = useFormAction(action, initialFormState);
  const rating = state.values.rating ?? "";
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ rating: `rating-${RATINGS[0]}` }} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <RadioGroupField
        name="rating"
        legend={texts.rating}
        options={RATINGS.map((value, i) => ({ value, label: texts.ratingLabels[i] }))}
        value={rating}
        error={state.fieldErrors.rating}
        rowClassName="rating"
      />
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
