import type { Principal } from "@/lib/auth/principal";
import type { MonitorContent } from "@/lib/dashboard/monitor-content";
import { monitorI18n } from "@/lib/dashboard/monitor-i18n";
import type { MonitorView } from "@/lib/dashboard/monitors";
import { MonitorBody } from "./MonitorBody";
import { type MonitorActions, MonitorFrame } from "./MonitorFrame";

/** A monitor on the Dashboard page: its frame and what it shows now (nothing while it is paused). */
export function Monitor({
  viewer,
  monitor,
  content,
  now,
  actions,
}: {
  viewer: Principal;
  monitor: MonitorView;
  /** null for a paused monitor: nothing is loaded for it. */
  content: MonitorContent | null;
  now: Date;
  actions: MonitorActions;
}) {
  return (
    <MonitorFrame monitor={monitor} actions={actions}>
      {content ? <MonitorBody monitor={monitor} content={content} now={now} i18n={monitorI18n(viewer)} /> : null}
    </MonitorFrame>
  );
}
