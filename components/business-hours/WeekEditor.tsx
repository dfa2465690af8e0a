import { useTranslations } from "next-intl";
import { type FormValues, rangeRowsToShow } from "@/lib/business-hours/form-values";
import { focusOfAddRange } from "@/lib/business-hours/week-rows";
import { DAY_MODES, WEEKDAYS, type Weekday } from "@/lib/business-hours/weekdays";
import { GroupError, InlineField } from "./InlineField";
import type { FieldErrors } from "@/lib/errors/error-key";

/**
 * The week: per weekday a fieldset with "ganztägig geöffnet / ganztägig geschlossen / Zeiten" and
 * the day's time ranges, none for a day without times. "Zeitraum hinzufügen" and "Zeitraum
 * entfernen" post the form and come back with it changed (lib/business-hours/week-rows.ts), with
 * and without JavaScript; `values.focus` names where the keyboard continues after such a change.
 */
export function WeekEditor({
  values,
  errors,
  saveLabel,
}: {
  values: FormValues;
  errors: FieldErrors;
  saveLabel: string;
}) {
  const t = useTranslations("BusinessHours");
  return (
    <fieldset className="stack">
      <legend>{t("week")}</legend>
      {/* Enter in a field presses a form's first submit button: that must be saving, not the
          first "Zeitraum hinzufügen". Hidden from pointer, keyboard and screen reader alike. */}
      <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
        {saveLabel}
      </button>
      <p id="week-help" className="field-help">
        {t("weekHelp")}
      </p>
      {WEEKDAYS.map((day) => (
        <DayEditor key={day} day={day} values={values} errors={errors} />
      ))}
    </fieldset>
  );
}

function DayEditor({ day, values, errors }: { day: Weekday; values: FormValues; errors: FieldErrors }) {
  const t = useTranslations("BusinessHours");
  const modeName = `week.${day}.mode`;
  const modeError = errors[modeName];
  const modeErrorId = `field-${modeName}-error`;
  const current = values[modeName] ?? "closed";
  const modeLabel = { open: t("openAllDay"), closed: t("closedAllDay"), ranges: t("times") };
  const rows = rangeRowsToShow(values, day);
  const dayName = t(`days.${day}`);
  return (
    <fieldset className="stack">
      <legend>{dayName}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {DAY_MODES.map((mode) => (
          <div key={mode} className="checkbox">
            <input
              type="radio"
              id={`week-${day}-${mode}`}
              name={modeName}
              value={mode}
              defaultChecked={current === mode}
              aria-describedby={modeError ? modeErrorId : undefined}
            />
            <label htmlFor={`week-${day}-${mode}`}>{modeLabel[mode]}</label>
          </div>
        ))}
      </div>
      <GroupError id={modeErrorId} error={modeError} />
      {Array.from({ length: rows }, (_, row) => {
        const rangeLabel = <span className="sr-only"> ({t("rangeNumber", { number: row + 1 })})</span>;
        return (
          <div key={row} className="flex flex-wrap items-end gap-4">
            {(["from", "to"] as const).map((end) => {
              const name = `week.${day}.${row}.${end}`;
              return (
                <InlineField
                  key={end}
                  name={name}
                  type="time"
                  label={
                    <>
                      {t(end)}
                      {rangeLabel}
                    </>
                  }
                  defaultValue={values[name] ?? ""}
                  error={errors[name]}
                  autoFocus={values.focus === name}
                />
              );
            })}
            <button type="submit" name="intent" value={`removeRange:${day}:${row}`} className="button button-secondary">
              {t("removeRange")}
              <span className="sr-only"> ({t("rangeOfDay", { day: dayName, number: row + 1 })})</span>
            </button>
          </div>
        );
      })}
      <p>
        <button
          // A new key after each change mounts the button anew, so autoFocus moves the focus here.
          key={rows}
          type="submit"
          name="intent"
          value={`addRange:${day}`}
          className="button button-secondary"
          autoFocus={values.focus === focusOfAddRange(day)}
        >
          {t("addRange")}
          <span className="sr-only"> ({dayName})</span>
        </button>
      </p>
    </fieldset>
  );
}
