import { useTranslations } from "next-intl";
import { InputField, SelectField, TextAreaField } from "@/components/forms/Field";
import type { FormValues } from "@/lib/business-hours/form-values";

/** Name, time zone and closed message: what business-hours and holiday sets have in common. */
export function SetBasicsFields({
  values,
  errors,
  timeZones,
  kind,
}: {
  values: FormValues;
  errors: Record<string, string>;
  timeZones: string[];
  kind: "hours" | "holiday";
}) {
  const t = useTranslations("BusinessHours");
  return (
    <>
      <InputField name="name" label={t("name")} defaultValue={values.name ?? ""} error={errors.name} required />
      <SelectField
        name="timeZone"
        label={t("timeZone")}
        description={kind === "hours" ? t("timeZoneHelp") : t("holidayTimeZoneHelp")}
        options={timeZones.map((zone) => ({ value: zone, label: zone }))}
        defaultValue={values.timeZone}
        error={errors.timeZone}
      />
      <fieldset className="stack">
        <legend>{t("closedMessage")}</legend>
        <p className="field-help">{kind === "hours" ? t("closedMessageHelp") : t("holidayClosedMessageHelp")}</p>
        <TextAreaField
          name="closedMessageDe"
          label={t("closedMessageDe")}
          defaultValue={values.closedMessageDe ?? ""}
          error={errors.closedMessageDe}
          rows={2}
        />
        <TextAreaField
          name="closedMessageEn"
          label={t("closedMessageEn")}
          defaultValue={values.closedMessageEn ?? ""}
          error={errors.closedMessageEn}
          rows={2}
        />
      </fieldset>
    </>
  );
}
