import { useLocale, useTranslations } from "next-intl";
import type { HolidayDate } from "@/lib/business-hours/set-input";

function format(date: string, locale: string, withYear: boolean): string {
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
  });
  return formatter.format(new Date(`${date}T00:00:00Z`));
}

/** One date or range as people read it: "24. Dez. – 1. Jan. (jedes Jahr)", "12. Juni 2026". */
function useHolidayDateText() {
  const t = useTranslations("BusinessHours");
  const locale = useLocale();
  return (date: HolidayDate) => {
    const withYear = !date.everyYear;
    const start = format(date.startDate, locale, withYear);
    const dates =
      date.endDate === date.startDate ? start : t("dateSpan", { start, end: format(date.endDate, locale, withYear) });
    return date.everyYear ? t("everyYearSuffix", { dates }) : dates;
  };
}

export function HolidayDates({ dates }: { dates: HolidayDate[] }) {
  const t = useTranslations("BusinessHours");
  const text = useHolidayDateText();
  if (dates.length === 0) return <span className="muted">{t("noDates")}</span>;
  return (
    <ul className="list-none p-0">
      {dates.map((date, index) => (
        <li key={index}>{t("dateWithName", { name: date.name, dates: text(date) })}</li>
      ))}
    </ul>
  );
}
