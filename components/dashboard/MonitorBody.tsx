import type { MonitorContent } from "@/lib/dashboard/monitor-content";
import { monitorEvent } from "@/lib/dashboard/monitor-events";
import type { MonitorI18n } from "@/lib/dashboard/monitor-i18n";
import { MONITOR_TIMEOUT_MS } from "@/lib/dashboard/monitor-kinds";
import type { MonitorView } from "@/lib/dashboard/monitors";
import { ActiveRequestsMonitor } from "./ActiveRequestsMonitor";
import { AgentsMonitor } from "./AgentsMonitor";
import { ManagersMonitor } from "./ManagersMonitor";
import { PortalsMonitor } from "./PortalsMonitor";
import { QueuesMonitor } from "./QueuesMonitor";

const monitorBodyId = (monitorId: string) => `monitor-${monitorId}-body`;

/** The address the live Dashboard fetches a monitor's body from (plain HTML, see its route). */
const monitorFragmentPath = (monitorId: string) => `/manager/dashboard/fragments/${monitorId}`;

/**
 * What a running monitor shows: its table and when it was current. Plain markup — no server action,
 * no client component — because the live Dashboard gets it from a route that renders HTML for htmx
 * (decision record 18): when the page's live stream names the monitor, and every minute (times and
 * durations move on), htmx fetches it anew and morphs it in. Row actions are links to pages that ask
 * first. `data-announce` is what a screen reader hears when it changed: counts, not rows.
 */
export function MonitorBody({
  monitor,
  content,
  now,
  i18n,
}: {
  monitor: MonitorView;
  content: MonitorContent;
  now: Date;
  i18n: MonitorI18n;
}) {
  const { t, format } = i18n;
  const id = monitorBodyId(monitor.id);
  const runsUntil = new Date(monitor.activatedAt.getTime() + MONITOR_TIMEOUT_MS);
  return (
    <div
      id={id}
      className="monitor-body"
      data-announce={announcementOf(content, monitor.name, i18n)}
      hx-get={monitorFragmentPath(monitor.id)}
      hx-trigger={`${monitorEvent(monitor.id)} from:#dashboard-live, every 60s`}
      hx-swap="outerMorph"
    >
      <MonitorContentTable content={content} now={now} i18n={i18n} />
      <p className="muted monitor-footer">
        {t("asOf", { time: format.dateTime(now, { timeStyle: "medium" }) })} ·{" "}
        {t("runsUntil", { time: format.dateTime(runsUntil, { dateStyle: "short", timeStyle: "short" }) })}
      </p>
    </div>
  );
}

function MonitorContentTable({ content, now, i18n }: { content: MonitorContent; now: Date; i18n: MonitorI18n }) {
  switch (content.kind) {
    case "agents":
      return <AgentsMonitor rows={content.rows} maySignOut={content.maySignOut} now={now} i18n={i18n} />;
    case "managers":
      return <ManagersMonitor rows={content.rows} i18n={i18n} />;
    case "activeRequests":
      return <ActiveRequestsMonitor rows={content.rows} now={now} i18n={i18n} />;
    case "queues":
      return <QueuesMonitor rows={content.rows} mayCancel={content.mayCancel} now={now} i18n={i18n} />;
    case "portals":
      return <PortalsMonitor rows={content.rows} now={now} i18n={i18n} />;
  }
}

/** Counts, not rows: what a monitor shows, said in one sentence. */
function announcementOf(content: MonitorContent, name: string, { t }: MonitorI18n): string {
  switch (content.kind) {
    case "agents":
      return t("announce.agents", {
        name,
        online: content.rows.length,
        available: content.rows.filter((r) => r.status === "available" || r.status === "inSession").length,
        inSession: content.rows.filter((r) => r.openSessions > 0).length,
      });
    case "managers":
      return t("announce.managers", { name, count: content.rows.length });
    case "activeRequests":
      return t("announce.activeRequests", {
        name,
        waiting: content.rows.filter((r) => r.state !== "inSession").length,
        sessions: content.rows.filter((r) => r.state === "inSession").length,
      });
    case "queues":
      return t("announce.queues", { name, waiting: content.rows.reduce((sum, r) => sum + r.waiting.length, 0) });
    case "portals":
      return t("announce.portals", {
        name,
        waiting: content.rows.reduce((sum, r) => sum + r.waiting, 0),
        inSession: content.rows.reduce((sum, r) => sum + r.inSession, 0),
      });
  }
}
