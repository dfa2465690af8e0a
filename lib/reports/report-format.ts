import type { createFormatter } from "next-intl";

type Format = ReturnType<typeof createFormatter>;
/** The "Reports" namespace's translator (only its groupLabels are used here). */
type Translate = (key: "groupLabels.week" | "groupLabels.hour", values: Record<string, string>) => string;

/** How the reports write their values: the viewer's number format, their clock, durations as h:mm:ss. */
export type ReportFormat = {
  count: (value: number) => string;
  share: (value: number | null) => string;
  rating: (value: number | null) => string;
  duration: (ms: number | null) => string;
  dateTime: (value: Date | null) => string;
  groupLabel: (grouping: string, key: string, label: string) => string;
};

/** A duration as a clock shows it, "4:05" or "1:02:07": compact in a column, exact to the second. */
export function clockDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A calendar day of a group key ("2026-03-29"), formatted without moving it to another zone. */
const calendarDay = (key: string) => new Date(`${key.slice(0, 10)}T12:00:00Z`);

export function reportFormat(format: Format, t: Translate): ReportFormat {
  return {
    count: (value) => format.number(value),
    share: (value) => (value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 1 })),
    rating: (value) =>
      value === null ? "–" : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    duration: (ms) => (ms === null ? "–" : clockDuration(ms)),
    dateTime: (value) => (value === null ? "–" : format.dateTime(value, { dateStyle: "medium", timeStyle: "short" })),
    groupLabel: (grouping, key, label) => {
      switch (grouping) {
        case "day":
          return format.dateTime(calendarDay(key), {
            timeZone: "UTC",
            weekday: "short",
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
          });
        case "week":
          return t("groupLabels.week", {
            date: format.dateTime(calendarDay(key), {
              timeZone: "UTC",
              day: "2-digit",
              month: "2-digit",
              year: "numeric",
            }),
          });
        case "month":
          return format.dateTime(new Date(`${key}-15T12:00:00Z`), { timeZone: "UTC", month: "long", year: "numeric" });
        case "hourOfDay":
          return t("groupLabels.hour", {
            from: `${key}:00`,
            to: `${String((Number(key) + 1) % 24).padStart(2, "0")}:00`,
          });
        case "weekday":
          // 2026-11-02 is a Monday: ISO weekday 1.
          return format.dateTime(new Date(Date.UTC(2026, 10, 1 + Number(key), 12)), {
            timeZone: "UTC",
            weekday: "long",
          });
        default:
          return label;
      }
    },
  };
}
