import { useTranslations } from "next-intl";
import { type FormValues, rangeRowsToShow } from "@/lib/business-hours/form-values";
import { DAY_MODES, WEEKDAYS, type Weekday } from "@/lib/business-hours/week";
import { GroupError, InlineField } from "./InlineField";

/**
 * The week without JavaScript: per weekday a fieldset with "open all day / closed all day / times"
 * and a few time-range rows (empty rows are ignored; after saving one more empty row appears).
 */
export function WeekEditor({
  values,
  errors,
  submitted,
}: {
  values: FormValues;
  errors: Record<string, string>;
  submitted: boolean;
}) {
  const t = useTranslations("BusinessHours");
  return (
    <fieldset className="stack">
      <legend>{t("week")}</legend>
      <p id="week-help" className="field-help">
        {t("weekHelp")} {t("moreRowsHelp")}
      </p>
      {WEEKDAYS.map((day) => (
        <DayEditor key={day} day={day} values={values} errors={errors} rows={rangeRowsToShow(values, day, submitted)} />
      ))}
    </fieldset>
  );
}

function DayEditor({
  day,
  values,
  errors,
  rows,
}: {
  day: Weekday;
  values: FormValues;
  errors: Record<string, string>;
  rows: number;
}) {
  const t = useTranslations("BusinessHours");
  const modeName = `week.${day}.mode`;
  const modeError = errors[modeName];
  const modeErrorId = `field-${modeName}-error`;
  const current = values[modeName] ?? "closed";
  const modeLabel = { open: t("openAllDay"), closed: t("closedAllDay"), ranges: t("times") };
  return (
    <fieldset className="stack">
      <legend>{t(`days.${day}`)}</legend>
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
          <div key={row} className="flex flex-wrap items-start gap-4">
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
                />
              );
            })}
          </div>
        );
      })}
    </fieldset>
  );
}
