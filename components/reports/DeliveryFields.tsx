import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { InputField, SelectField } from "@/components/forms/Field";
import type { ErrorKey } from "@/lib/errors/error-key";
import { weekdayName } from "@/lib/reports/delivery/describe-schedule";
import { DELIVERY_FORMATS, FREQUENCIES, WEEKDAYS } from "@/lib/reports/delivery/schedule-options";

/** Where the reports go: the viewer's account address and time zone (Meine Einstellungen). */
export type DeliveryRecipient = { email: string; timeZone: string };

const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

/**
 * E-Mail-Zustellung (manual chapter 5): how often, on which day, at what time on the viewer's clock
 * and in which format a saved report is sent, and the address it goes to with the link to Meine
 * Einstellungen where it is changed. Every field is always there, so the form works without
 * JavaScript; only the frequency's own day counts. `optional` adds "Keine E-Mail-Zustellung" (a
 * saved report's edit page).
 */
export function DeliveryFields({
  recipient,
  value,
  error,
  optional,
}: {
  recipient: DeliveryRecipient;
  value: (field: string) => string;
  error: (field: string) => ErrorKey | undefined;
  optional: boolean;
}) {
  const t = useTranslations("Reports.delivery");
  const locale = useLocale();
  const frequencies = optional ? (["none", ...FREQUENCIES] as const) : FREQUENCIES;
  return (
    <div className="stack">
      <p>
        {t("recipient", { email: recipient.email })} {t("recipientChange")}{" "}
        <Link href="/manager/settings">{t("mySettings")}</Link> {t("recipientChangeAfter")}
      </p>
      <div className="grid-2">
        <SelectField
          name="deliveryFrequency"
          label={t("frequency")}
          defaultValue={value("deliveryFrequency")}
          error={error("deliveryFrequency")}
          options={frequencies.map((frequency) => ({
            value: frequency === "none" ? "" : frequency,
            label: t(`frequencies.${frequency}`),
          }))}
        />
        <InputField
          type="time"
          name="deliveryTime"
          label={t("time")}
          description={t("timeHelp", { timeZone: recipient.timeZone })}
          defaultValue={value("deliveryTime")}
          error={error("deliveryTime")}
        />
        <SelectField
          name="deliveryWeekday"
          label={t("weekday")}
          description={t("weekdayHelp")}
          defaultValue={value("deliveryWeekday")}
          error={error("deliveryWeekday")}
          options={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, locale) }))}
        />
        <SelectField
          name="deliveryMonthDay"
          label={t("monthDay")}
          description={t("monthDayHelp")}
          defaultValue={value("deliveryMonthDay")}
          error={error("deliveryMonthDay")}
          options={MONTH_DAYS.map((day) => ({ value: day, label: `${day}.` }))}
        />
        <SelectField
          name="deliveryFormat"
          label={t("format")}
          defaultValue={value("deliveryFormat")}
          error={error("deliveryFormat")}
          options={DELIVERY_FORMATS.map((format) => ({ value: format, label: t(`formats.${format}`) }))}
        />
      </div>
    </div>
  );
}
