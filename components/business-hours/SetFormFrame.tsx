"use client";
import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { PortalRef } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import type { FormValues } from "@/lib/business-hours/form-values";
import type { FieldErrors } from "@/lib/errors/error-key";
import type { SummaryTargets } from "@/lib/forms/error-summary";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { PortalAssignment } from "./PortalAssignment";
import { SetBasicsFields } from "./SetBasicsFields";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";

/** What the new-set page and a set's own page hand to either kind's form. */
export type SetFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  setId?: string;
  defaults: FormValues;
  timeZones: TimeZoneChoices;
  mayAssignPortals: boolean;
  portalOptions: PortalRef[];
  assigned: { portals: PortalRef[]; otherPortalCount: number };
  submitLabel: string;
};

/** The values shown (the submitted ones after a failed save, else the defaults) and their errors. */
export type SetFormView = {
  values: FormValues;
  errors: FieldErrors;
  submitted: boolean;
};

/**
 * The fields both kinds share (name, zone, messages, portals) around the kind's own fields, which
 * sit before or after the portals; `extraActions` follow the save button so Enter still saves.
 */
export function SetFormFrame({
  kind,
  props,
  alertKey,
  targets,
  beforePortals,
  afterPortals,
  extraActions,
}: {
  kind: SetKind;
  props: SetFormProps;
  /** A field error that has no field of its own: the error summary shows it as text. */
  alertKey?: string;
  /** Where the error summary leads for the kind's own fields, when not to `field-<name>`. */
  targets?: SummaryTargets;
  beforePortals?: (view: SetFormView) => ReactNode;
  afterPortals?: (view: SetFormView) => ReactNode;
  extraActions?: ReactNode;
}) {
  const [state, formAction] = useFormAction(props.action, initialFormState);
  const submitted = Object.keys(state.values).length > 0;
  const values = submitted ? state.values : props.defaults;
  const errors = state.fieldErrors;
  const view = { values, errors, submitted };
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary
        state={state}
        targets={{
          ...targets,
          ...(alertKey ? { [alertKey]: null } : {}),
          portalIds: props.portalOptions[0] ? `portal-${props.portalOptions[0].id}` : null,
        }}
      />
      {props.setId ? <input type="hidden" name="setId" value={props.setId} /> : null}
      <SetBasicsFields values={values} errors={errors} timeZones={props.timeZones} kind={kind} />
      {beforePortals?.(view)}
      <PortalAssignment
        editable={props.mayAssignPortals}
        options={props.portalOptions}
        assigned={props.assigned}
        values={values}
        error={errors.portalIds}
      />
      {afterPortals?.(view)}
      <div className="actions">
        <SubmitButton>{props.submitLabel}</SubmitButton>
        {extraActions}
      </div>
    </form>
  );
}
