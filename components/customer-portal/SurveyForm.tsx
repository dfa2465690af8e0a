import { RatingSurveyForm } from "@/components/live/RatingSurveyForm";
import type { FormState } from "@/lib/forms/form-state";

/** The customer's survey after the session, in its own section. */
export function SurveyForm({
  action,
  sessionId,
  texts,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sessionId: string;
  texts: { heading: string; rating: string; ratingLabels: string[]; comment: string; send: string };
}) {
  return (
    <section aria-labelledby="survey-heading" className="card">
      <h2 id="survey-heading">{texts.heading}</h2>
      <RatingSurveyForm
        action={action}
        hidden={{ sessionId }}
        texts={{ rating: texts.rating, ratingLabels: texts.ratingLabels, comment: texts.comment, submit: texts.send }}
      />
    </section>
  );
}
