"use client";
import { DAY_MODES, WEEKDAYS } from "@/lib/business-hours/weekdays";
import { SetFormFrame, type SetFormProps } from "./SetFormFrame";
import { WeekEditor } from "./WeekEditor";

/** A weekday's choice leads the error summary to its first radio (ids as WeekEditor gives them). */
const dayModeTargets = Object.fromEntries(WEEKDAYS.map((day) => [`week.${day}.mode`, `week-${day}-${DAY_MODES[0]}`]));

/** A business-hours set: "Geschäftszeitensatz hinzufügen" and a set's own page share this form. */
export function HoursSetForm(props: SetFormProps) {
  return (
    <SetFormFrame
      kind="hours"
      props={props}
      alertKey="week"
      targets={dayModeTargets}
      beforePortals={({ values, errors }) => (
        <WeekEditor values={values} errors={errors} saveLabel={props.submitLabel} />
      )}
    />
  );
}
