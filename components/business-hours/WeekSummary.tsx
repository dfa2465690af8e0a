import { useTranslations } from "next-intl";
import { spanOf, type Week } from "@/lib/business-hours/week";
import { summarizeWeek } from "@/lib/business-hours/week-summary";

/** A set's week in a few lines: "Mo–Fr: 09:00–12:00, 13:00–17:00", "Sa: 22:00–02:00 (Folgetag)", "So: ganztägig geschlossen". */
export function WeekSummary({ week }: { week: Week }) {
  const t = useTranslations("BusinessHours");
  return (
    <ul className="list-none p-0">
      {summarizeWeek(week).map((group) => {
        const days =
          group.first === group.last
            ? t(`dayShort.${group.first}`)
            : t("dayRange", {
                first: t(`dayShort.${group.first}`),
                last: t(`dayShort.${group.last}`),
              });
        const hours =
          group.hours.mode === "open"
            ? t("openAllDay")
            : group.hours.mode === "closed"
              ? t("closedAllDay")
              : group.hours.ranges
                  .map((range) =>
                    spanOf(range).pastMidnight && range.to !== "24:00"
                      ? t("timeRangePastMidnight", range)
                      : t("timeRange", range),
                  )
                  .join(", ");
        return <li key={group.first}>{t("summaryLine", { days, hours })}</li>;
      })}
    </ul>
  );
}
