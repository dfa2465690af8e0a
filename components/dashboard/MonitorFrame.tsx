import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MonitorView } from "@/lib/dashboard/monitors";
import { MONITOR_TIMEOUT_MS } from "@/lib/dashboard/monitor-kinds";

/** Schließen and Reaktivieren: the route's server actions, each reading `monitorId` from its form. */
export type MonitorActions = {
  close: (formData: FormData) => Promise<void>;
  reactivate: (formData: FormData) => Promise<void>;
};

const monitorElementId = (monitorId: string) => `monitor-${monitorId}`;

/**
 * One monitor on the Dashboard: its name, kind and owner, Monitoreinstellungen (owner only),
 * Schließen, and what it shows (MonitorBody, which keeps itself current) — or, after the 12-hour
 * timeout, a note and Reaktivieren.
 */
export async function MonitorFrame({
  monitor,
  actions,
  children,
}: {
  monitor: MonitorView;
  actions: MonitorActions;
  children: ReactNode;
}) {
  const t = await getTranslations("Dashboard");
  const format = await getFormatter();
  const id = monitorElementId(monitor.id);
  const time = (at: Date) => format.dateTime(at, { dateStyle: "short", timeStyle: "short" });
  return (
    <section id={id} className="monitor" aria-labelledby={`${id}-heading`}>
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
          <form action={actions.close}>
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
          <form action={actions.reactivate}>
            <input type="hidden" name="monitorId" value={monitor.id} />
            <button type="submit" className="button" aria-label={t("reactivateLabel", { name: monitor.name })}>
              {t("reactivate")}
            </button>
          </form>
        </div>
      ) : (
        children
      )}
    </section>
  );
}
