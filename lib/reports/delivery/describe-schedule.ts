import type { DeliverySchedule } from "./schedule";
import type { Frequency } from "./schedule-options";

/** The Reports messages' translator, from a request (getTranslations) or for a mail (translatorFor). */
type ReportsTranslator = (key: `delivery.describe.${Frequency}`, values: Record<string, string | number>) => string;

/** "Wöchentlich am Montag um 07:30": a series' schedule in words, for Meine Berichte and the mail. */
export function describeSchedule(
  t: ReportsTranslator,
  schedule: Pick<DeliverySchedule, "frequency" | "weekday" | "monthDay" | "time">,
  locale: string,
): string {
  switch (schedule.frequency) {
    case "daily":
      return t("delivery.describe.daily", { time: schedule.time });
    case "weekly":
      return t("delivery.describe.weekly", {
        weekday: weekdayName(schedule.weekday ?? 1, locale),
        time: schedule.time,
      });
    case "monthly":
      return t("delivery.describe.monthly", { day: schedule.monthDay ?? 1, time: schedule.time });
  }
}

/** Monday for 1 … Sunday for 7, in the viewer's language (1 January 2024 was a Monday). */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, weekday));
}
