"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { dateRowsToShow } from "@/lib/business-hours/form-values";
import { GroupError, InlineField } from "./InlineField";
import { SetFormFrame, type SetFormProps, type SetFormView } from "./SetFormFrame";

/**
 * A holiday/event set with its dates. "Weitere Termine" posts the form with intent=addDates and
 * comes back with more empty rows, so it works without JavaScript; it sits after the save button,
 * so Enter in a field still saves.
 */
export function HolidaySetForm(props: SetFormProps) {
  const t = useTranslations("BusinessHours");
  return (
    <SetFormFrame
      kind="holiday"
      props={props}
      targets={{ dates: "field-dates.0.name" }}
      afterPortals={(view) => <HolidayDateRows {...view} />}
      extraActions={
        <SubmitButton name="intent" value="addDates" variant="secondary">
          {t("addDates")}
        </SubmitButton>
      }
    />
  );
}

function HolidayDateRows({ values, errors, submitted }: SetFormView) {
  const t = useTranslations("BusinessHours");
  const rows = dateRowsToShow(values, submitted);
  return (
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
  );
}
