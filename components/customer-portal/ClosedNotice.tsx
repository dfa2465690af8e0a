import { getLocale, getTranslations } from "next-intl/server";
import type { OpeningState } from "@/lib/business-hours/portal-opening-state";
import type { Locale } from "@/lib/i18n/locales";
import { inLanguage } from "@/lib/portals/public-portal";

/** Outside business hours or on a holiday: the set's closed message instead of the form. */
export async function ClosedNotice({ state }: { state: Extract<OpeningState, { open: false }> }) {
  const t = await getTranslations("CustomerPortal");
  const locale = (await getLocale()) as Locale;
  const message = inLanguage(state.closedMessage, locale).trim() || t("closedDefault");
  return (
    <section className="alert alert-info portal-closed" aria-labelledby="portal-closed-title">
      <h2 id="portal-closed-title">{t("closedTitle")}</h2>
      {state.reason === "holiday" && state.holidayName ? (
        <p>{t("closedHoliday", { name: state.holidayName })}</p>
      ) : null}
      <p className="portal-text">{message}</p>
    </section>
  );
}
