"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { PortalRef } from "@/lib/business-hours/access";
import type { FormValues } from "@/lib/business-hours/form-values";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { PortalAssignment } from "./PortalAssignment";
import { SetBasicsFields } from "./SetBasicsFields";
import { WeekEditor } from "./WeekEditor";

/** A business-hours set: "Geschäftszeitensatz hinzufügen" and a set's own page share this form. */
export function HoursSetForm({
  action,
  setId,
  defaults,
  timeZones,
  mayAssignPortals,
  portalOptions,
  assigned,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  setId?: string;
  defaults: FormValues;
  timeZones: string[];
  mayAssignPortals: boolean;
  portalOptions: PortalRef[];
  assigned: { portals: PortalRef[]; otherPortalCount: number };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const submitted = Object.keys(state.values).length > 0;
  const values = submitted ? state.values : defaults;
  const errors = state.fieldErrors;
  const t = useTranslations("BusinessHours");
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={errors.form ?? errors.week} />
      {setId ? <input type="hidden" name="setId" value={setId} /> : null}
      <SetBasicsFields values={values} errors={errors} timeZones={timeZones} kind="hours" />
      <WeekEditor values={values} errors={errors} submitted={submitted} />
      <PortalAssignment
        editable={mayAssignPortals}
        options={portalOptions}
        assigned={assigned}
        values={values}
        error={errors.portalIds}
      />
      <div className="actions">
        <SubmitButton>{submitLabel || t("save")}</SubmitButton>
      </div>
    </form>
  );
}
