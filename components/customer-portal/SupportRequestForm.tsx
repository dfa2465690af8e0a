"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import type { PublicAgent } from "@/lib/portals/public-portal";
import type { PortalType } from "@/lib/portals/portal-types";
import { AgentChoice } from "./AgentChoice";
import type { FieldView } from "./field-views";
import { RequiredMark } from "@/components/forms/RequiredMark";

const AUTOCOMPLETE: Partial<Record<FieldView["field"], string>> = {
  name: "name",
  email: "email",
  phone: "tel",
};
const INPUT_TYPE: Partial<Record<FieldView["field"], string>> = { email: "email", phone: "tel" };

/**
 * The customer's request form, laid out by portal type: question box puts a large question area
 * first in weight, contact button is one big button after the optional contact fields, connection
 * code leads with the code, agent selection with the choice of agent.
 */
export function SupportRequestForm({
  action,
  type,
  fields,
  agents,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  type: PortalType;
  fields: FieldView[];
  agents: PublicAgent[];
}) {
  const t = useTranslations("CustomerPortal");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { fieldErrors: errors, values } = state;
  return (
    <form action={formAction} className={`stack portal-form portal-form-${type}`} noValidate>
      <ErrorSummary state={state} />
      {fields.map((view) =>
        view.field === "agent" ? (
          <AgentChoice key="agent" view={view} agents={agents} value={values.agent} error={errors.agent} />
        ) : (
          <Field
            key={view.field}
            name={view.field}
            error={errors[view.field]}
            description={view.help || undefined}
            label={
              <>
                {view.label}
                <RequiredMark required={view.required} />
              </>
            }
          >
            {(props) =>
              view.field === "problem" ? (
                <textarea
                  {...props}
                  defaultValue={values.problem}
                  rows={type === "questionBox" ? 8 : 4}
                  maxLength={view.maxLength}
                  required={view.required}
                  aria-required={view.required || undefined}
                  className="input"
                />
              ) : view.field === "code" ? (
                <input
                  {...props}
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]*"
                  defaultValue={values.code}
                  maxLength={view.maxLength}
                  required
                  aria-required
                  className="input code-input"
                />
              ) : (
                <input
                  {...props}
                  type={INPUT_TYPE[view.field] ?? "text"}
                  autoComplete={AUTOCOMPLETE[view.field]}
                  defaultValue={values[view.field]}
                  maxLength={view.maxLength}
                  required={view.required}
                  aria-required={view.required || undefined}
                  className="input"
                />
              )
            }
          </Field>
        ),
      )}
      <div className={type === "contactButton" ? "actions portal-cta" : "actions"}>
        <SubmitButton>{t(`submit.${type}`)}</SubmitButton>
      </div>
    </form>
  );
}
