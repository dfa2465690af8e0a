import type { ReactNode } from "react";
import type { MonitorI18n } from "@/lib/dashboard/monitor-i18n";

export type DurationOf = (since: Date, now: Date) => ReactNode;

/** How long since a moment, in minutes or hours and minutes ("12 Min.", "1 Std. 5 Min."). */
export function durationFormatter({ t }: MonitorI18n): DurationOf {
  return function durationOf(since, now) {
    const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
    const text =
      minutes < 1
        ? t("duration.underMinute")
        : minutes < 60
          ? t("duration.minutes", { minutes })
          : t("duration.hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    return <time dateTime={`PT${minutes}M`}>{text}</time>;
  };
}
