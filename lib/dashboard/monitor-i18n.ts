import { createFormatter } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";

/**
 * The texts and formats a monitor's content is rendered with: the viewer's language and time zone,
 * built without the request (next-intl's core API). The same monitor body is rendered in the page
 * and, for the live Dashboard, by a route that renders plain HTML (decision record 18).
 */
export type MonitorI18n = {
  t: ReturnType<typeof translatorFor<"Dashboard">>;
  format: ReturnType<typeof createFormatter>;
};

export function monitorI18n(viewer: { language: Locale; timeZone: string }): MonitorI18n {
  return {
    t: translatorFor(viewer.language, "Dashboard"),
    format: createFormatter({ locale: viewer.language, timeZone: viewer.timeZone }),
  };
}
