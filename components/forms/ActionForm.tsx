"use client";
import type { ReactNode } from "react";
import type { SummaryTargets } from "@/lib/forms/error-summary";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./ErrorSummary";
import { type FieldBinder, fieldBinding, type SavedValues } from "./field-binding";
import { useFormAction } from "./use-form-action";

export type FormStateAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The frame of every form whose action answers with a FormState: posted to the page's permalink
 * (useFormAction), no browser validation (the server's messages are the ones shown), the error summary
 * first, the fields bound to the action's last answer (`field(name)`), the buttons last.
 */
export function ActionForm({
  action,
  buttons,
  targets,
  saved,
  children,
}: {
  action: FormStateAction;
  buttons: ReactNode;
  targets?: SummaryTargets;
  /** The stored values the fields start from, until a submission sends others. */
  saved?: SavedValues;
  children: (field: FieldBinder, state: FormState) => ReactNode;
}) {
  const [state, formAction] = useFormAction(action, initialFormState);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={targets} />
      {children(fieldBinding(state, saved), state)}
      <div className="actions">{buttons}</div>
    </form>
  );
}
