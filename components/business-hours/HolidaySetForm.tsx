"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/FormAlert";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { PortalRef } from "@/lib/business-hours/access";
import { dateRowsToShow, type FormValues } from "@/lib/business-hours/form-values";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { GroupError, InlineField } from "./InlineField";
import { PortalAssignment } from "./PortalAssignment";
import { SetBasicsFields } from "./SetBasicsFields";

/**
 * A holiday/event set with its dates. "Weitere Termine" posts the form with intent=addDates and
 * comes back with more empty rows, so it works without JavaScript; it sits after the save button,
 * so Enter in a field still saves.
 */
export function HolidaySetForm({
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
  const rows = dateRowsToShow(values, submitted);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAlert error={errors.form} />
      {setId ? <input type="hidden" name="setId" value={setId} /> : null}
      <SetBasicsFields values={values} errors={errors} timeZones={timeZones} kind="holiday" />
      <PortalAssignment
        editable={mayAssignPortals}
        options={portalOptions}
        assigned={assigned}
        values={values}
        error={errors.portalIds}
      />
      <fieldset className="stack">
        <legend>{t("dates")}</legend>
        <p id="dates-help" className="field-help">
          {t("datesHelp")}
        </p>
        <GroupError id="field-dates-error" error={errors.dates} />
        <input type="hidden" name="dateRows" value={rows} />
        {Array.from({ length: rows }, (_, row) => {
          const field = (key: string) => `dates.${row}.${key}`;
          const number = <span className="sr-only"> ({t("dateNumber", { number: row + 1 })})</span>;
          const label = (text: string) => (
            <>
              {text}
              {number}
            </>
          );
          return (
            <div key={row} className="flex flex-wrap items-start gap-4">
              <InlineField
                name={field("name")}
                type="text"
                label={label(t("dateName"))}
                defaultValue={values[field("name")] ?? ""}
                error={errors[field("name")]}
              />
              <InlineField
                name={field("startDate")}
                type="date"
                label={label(t("startDate"))}
                defaultValue={values[field("startDate")] ?? ""}
                error={errors[field("startDate")]}
              />
              <InlineField
                name={field("endDate")}
                type="date"
                label={label(t("endDate"))}
                defaultValue={values[field("endDate")] ?? ""}
                error={errors[field("endDate")]}
              />
              <div className="checkbox self-center">
                <input
                  type="checkbox"
                  id={`field-${field("everyYear")}`}
                  name={field("everyYear")}
                  defaultChecked={values[field("everyYear")] === "on"}
                />
                <label htmlFor={`field-${field("everyYear")}`}>{label(t("everyYear"))}</label>
              </div>
            </div>
          );
        })}
      </fieldset>
      <div className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
        <SubmitButton name="intent" value="addDates" variant="secondary">
          {t("addDates")}
        </SubmitButton>
      </div>
    </form>
  );
}
