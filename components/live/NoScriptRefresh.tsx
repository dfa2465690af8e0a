import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AUTO_REFRESH_COOKIE } from "./auto-refresh";

/**
 * Without JavaScript a live page cannot follow its event stream: it loads itself again every
 * `seconds` (at `href`, so a one-time notice in the URL does not come back), and says so with a
 * button that turns this off (and on again) for the browser. Inside <noscript> all of it is inert
 * whenever scripts run. The page also shows an "Aktualisieren" link.
 */
export async function NoScriptRefresh({
  seconds,
  href,
  reloadHref = href,
  toggleAction,
}: {
  seconds: number;
  href: string;
  /** Where the reload goes when not straight to `href` (the agent console's goes through its heartbeat). */
  reloadHref?: string;
  /** The route's autoRefreshAction: stores the choice and goes back to `back`. */
  toggleAction: (formData: FormData) => Promise<void>;
}) {
  const on = (await cookies()).get(AUTO_REFRESH_COOKIE)?.value !== "off";
  const t = await getTranslations("AutoRefresh");
  return (
    <noscript>
      {on ? <meta httpEquiv="refresh" content={`${seconds}; url=${reloadHref}`} /> : null}
      <form action={toggleAction} className="muted">
        <input type="hidden" name="back" value={href} />
        <input type="hidden" name="autoRefresh" value={on ? "off" : "on"} />
        {on ? t("every", { seconds }) : t("manual")}{" "}
        <button type="submit" className="link-button">
          {on ? t("turnOff") : t("turnOn")}
        </button>
      </form>
    </noscript>
  );
}
