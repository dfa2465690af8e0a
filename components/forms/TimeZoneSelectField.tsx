import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ErrorKey } from "@/lib/errors/error-key";
import type { TimeZoneChoices } from "@/lib/i18n/time-zones";
import { Field } from "./Field";

/**
 * "Zeitzone": the common zones first, then every zone, under current names. The page passes the
 * choices and the stored zone already under its current name (the zone list stays on the server).
 */
export function TimeZoneSelectField({
  name = "timeZone",
  label,
  description,
  choices,
  defaultValue,
  error,
}: {
  name?: string;
  label: ReactNode;
  description?: ReactNode;
  choices: TimeZoneChoices;
  defaultValue?: string;
  error?: ErrorKey;
}) {
  const t = useTranslations("Common");
  return (
    <Field name={name} label={label} description={description} error={error}>
      {(props) => (
        // Keyed by the value for the same reason as SelectField: a failed submission shows what was sent.
        <select key={defaultValue} {...props} defaultValue={defaultValue} className="input">
          <optgroup label={t("timeZonesCommon")}>
            {choices.common.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("timeZonesAll")}>
            {choices.all.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </Field>
  );
}
