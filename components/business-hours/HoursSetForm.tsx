"use client";
import { SetFormFrame, type SetFormProps } from "./SetFormFrame";
import { WeekEditor } from "./WeekEditor";

/** A business-hours set: "Geschäftszeitensatz hinzufügen" and a set's own page share this form. */
export function HoursSetForm(props: SetFormProps) {
  return (
    <SetFormFrame
      kind="hours"
      props={props}
      alertKey="week"
      beforePortals={({ values, errors }) => (
        <WeekEditor values={values} errors={errors} saveLabel={props.submitLabel} />
      )}
    />
  );
}
