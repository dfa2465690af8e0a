import { getTranslations } from "next-intl/server";
import type { MonitorContent } from "@/lib/dashboard/monitor-content";
import type { MonitorView } from "@/lib/dashboard/monitors";
import { ActiveRequestsMonitor } from "./ActiveRequestsMonitor";
import { AgentsMonitor } from "./AgentsMonitor";
import { ManagersMonitor } from "./ManagersMonitor";
import { MonitorFrame } from "./MonitorFrame";
import { PortalsMonitor } from "./PortalsMonitor";
import { QueuesMonitor } from "./QueuesMonitor";

/** A monitor with what it shows now (content is null for a paused monitor: nothing is loaded for it). */
export async function Monitor({
  monitor,
  content,
  now,
}: {
  monitor: MonitorView;
  content: MonitorContent | null;
  now: Date;
}) {
  const t = await getTranslations("Dashboard.announce");
  return (
    <MonitorFrame monitor={monitor} now={now} announcement={content ? announcementOf(content, monitor.name, t) : ""}>
      {content ? <MonitorBody content={content} now={now} /> : null}
    </MonitorFrame>
  );
}

function MonitorBody({ content, now }: { content: MonitorContent; now: Date }) {
  switch (content.kind) {
    case "agents":
      return <AgentsMonitor rows={content.rows} maySignOut={content.maySignOut} now={now} />;
    case "managers":
      return <ManagersMonitor rows={content.rows} />;
    case "activeRequests":
      return <ActiveRequestsMonitor rows={content.rows} now={now} />;
    case "queues":
      return <QueuesMonitor rows={content.rows} mayCancel={content.mayCancel} now={now} />;
    case "portals":
      return <PortalsMonitor rows={content.rows} now={now} />;
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Dashboard.announce">>>;

/** Counts, not rows: what changed in a monitor, said in one sentence. */
function announcementOf(content: MonitorContent, name: string, t: Translate): string {
  switch (content.kind) {
    case "agents":
      return t("agents", {
        name,
        online: content.rows.length,
        available: content.rows.filter((r) => r.status === "available" || r.status === "inSession").length,
        inSession: content.rows.filter((r) => r.openSessions > 0).length,
      });
    case "managers":
      return t("managers", { name, count: content.rows.length });
    case "activeRequests":
      return t("activeRequests", {
        name,
        waiting: content.rows.filter((r) => r.state !== "inSession").length,
        sessions: content.rows.filter((r) => r.state === "inSession").length,
      });
    case "queues":
      return t("queues", { name, waiting: content.rows.reduce((sum, r) => sum + r.waiting.length, 0) });
    case "portals":
      return t("portals", {
        name,
        waiting: content.rows.reduce((sum, r) => sum + r.waiting, 0),
        inSession: content.rows.reduce((sum, r) => sum + r.inSession, 0),
      });
  }
}
