import { getTranslations } from "next-intl/server";

/** How long since `since`, in minutes or hours and minutes ("12 Min.", "1 Std. 5 Min."), as of `now`. */
export async function Duration({ since, now }: { since: Date; now: Date }) {
  const t = await getTranslations("Dashboard.duration");
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const text =
    minutes < 1
      ? t("underMinute")
      : minutes < 60
        ? t("minutes", { minutes })
        : t("hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return <time dateTime={`PT${minutes}M`}>{text}</time>;
}

/** A wait given in milliseconds (an average), in the same words. */
export async function DurationMs({ ms }: { ms: number }) {
  const now = new Date();
  return <Duration since={new Date(now.getTime() - ms)} now={now} />;
}
