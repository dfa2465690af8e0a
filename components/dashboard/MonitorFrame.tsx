import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { closeMonitorAction, reactivateMonitorAction } from "@/app/manager/(center)/dashboard/actions";
import type { MonitorView } from "@/lib/dashboard/monitors";
import { monitorEvent } from "@/lib/dashboard/monitor-events";
import { MONITOR_TIMEOUT_MS } from "@/lib/dashboard/monitor-kinds";

export const monitorElementId = (monitorId: string) => `monitor-${monitorId}`;

/**
 * One monitor on the Dashboard: its name, kind and owner, Monitoreinstellungen (owner only),
 * Schließen, and its content — or, after the 12-hour timeout, a note and Reaktivieren. With
 * JavaScript it fetches itself anew (rendered on the server, swapped in by htmx) when the page's
 * live stream names it, and every minute (times and durations move on); a paused one does not.
 */
export async function MonitorFrame({
  monitor,
  now,
  announcement,
  children,
}: {
  monitor: MonitorView;
  now: Date;
  /** What a screen reader hears when this monitor changed while the page is open (counts, not rows). */
  announcement: string;
  children: ReactNode;
}) {
  const t = await getTranslations("Dashboard");
  const format = await getFormatter();
  const id = monitorElementId(monitor.id);
  const live = monitor.timedOut
    ? {}
    : {
        "hx-get": `/manager/dashboard/fragments/${monitor.id}`,
        "hx-trigger": `${monitorEvent(monitor.id)} from:#dashboard-live, every 60s`,
        "hx-select": `#${id}`,
        "hx-swap": "outerMorph",
      };
  const time = (at: Date) => format.dateTime(at, { dateStyle: "short", timeStyle: "short" });
  return (
    <section id={id} className="monitor" aria-labelledby={`${id}-heading`} data-announce={announcement} {...live}>
      <div className="monitor-header">
        <div>
          <h2 id={`${id}-heading`}>{monitor.name}</h2>
          <p className="muted">
            {t(`kinds.${monitor.kind}`)}
            {monitor.own
              ? monitor.shared
                ? ` · ${t("sharedNote")}`
                : ""
              : ` · ${t("sharedBy", { owner: monitor.ownerName })}`}
          </p>
        </div>
        <div className="monitor-actions">
          {monitor.own ? (
            <Link
              href={`/manager/dashboard/monitors/${monitor.id}/settings`}
              aria-label={t("settingsLabel", { name: monitor.name })}
            >
              {t("settings")}
            </Link>
          ) : null}
          <form action={closeMonitorAction}>
            <input type="hidden" name="monitorId" value={monitor.id} />
            <button
              type="submit"
              className="button button-secondary"
              aria-label={t("closeLabel", { name: monitor.name })}
            >
              <span aria-hidden="true">✕ </span>
              {t("close")}
            </button>
          </form>
        </div>
      </div>
      {monitor.timedOut ? (
        <div className="alert alert-info">
          <p>{t("timedOut", { time: time(new Date(monitor.activatedAt.getTime() + MONITOR_TIMEOUT_MS)) })}</p>
          <form action={reactivateMonitorAction}>
            <input type="hidden" name="monitorId" value={monitor.id} />
            <button type="submit" className="button" aria-label={t("reactivateLabel", { name: monitor.name })}>
              {t("reactivate")}
            </button>
          </form>
        </div>
      ) : (
        <>
          {children}
          <p className="muted monitor-footer">
            {t("asOf", { time: format.dateTime(now, { timeStyle: "medium" }) })} ·{" "}
            {t("runsUntil", { time: time(new Date(monitor.activatedAt.getTime() + MONITOR_TIMEOUT_MS)) })}
          </p>
        </>
      )}
    </section>
  );
}
