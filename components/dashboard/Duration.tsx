import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export type DurationOf = (since: Date, now: Date) => ReactNode;

/**
 * How long since a moment, in minutes or hours and minutes ("12 Min.", "1 Std. 5 Min."). Loaded once
 * per monitor, then used for every row: a monitor of two hundred rows renders as one component.
 */
export async function durationFormatter(): Promise<DurationOf> {
  const t = await getTranslations("Dashboard.duration");
  return function durationOf(since, now) {
    const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
    const text =
      minutes < 1
        ? t("underMinute")
        : minutes < 60
          ? t("minutes", { minutes })
          : t("hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    return <time dateTime={`PT${minutes}M`}>{text}</time>;
  };
}
