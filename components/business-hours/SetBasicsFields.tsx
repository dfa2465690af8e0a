import { useTranslations } from "next-intl";
import { InputField, TextAreaField } from "@/components/forms/Field";
import type { FormValues } from "@/lib/business-hours/form-values";
import type { FieldErrors } from "@/lib/errors/error-key";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { TimeZoneSelectField } from "@/components/forms/TimeZoneSelectField";

/** Name, time zone and closed message: what business-hours and holiday sets have in common. */
export function SetBasicsFields({
  values,
  errors,
  timeZones,
  kind,
}: {
  values: FormValues;
  errors: FieldErrors;
  timeZones: TimeZoneChoices;
  kind: "hours" | "holiday";
}) {
  const t = useTranslations("BusinessHours");
  return (
    <>
      <InputField name="name" label={t("name")} defaultValue={values.name ?? ""} error={errors.name} required />
      <TimeZoneSelectField
        label={t("timeZone")}
        description={kind === "hours" ? t("timeZoneHelp") : t("holidayTimeZoneHelp")}
        choices={timeZones}
        defaultValue={values.timeZone}
        error={errors.timeZone}
      />
      <fieldset className="stack">
        <legend>{t("closedMessage")}</legend>
        <p className="field-help">{kind === "hours" ? t("closedMessageHelp") : t("holidayClosedMessageHelp")}</p>
        {/* One message per language the portal pages speak. */}
        {(["closedMessageDe", "closedMessageEn"] as const).map((name) => (
          <TextAreaField
            key={name}
            name={name}
            label={t(name)}
            defaultValue={values[name] ?? ""}
            error={errors[name]}
            rows={2}
          />
        ))}
      </fieldset>
    </>
  );
}
