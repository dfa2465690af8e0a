import "server-only";
import { createHash } from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import { type ManagementScope, hasRight } from "@/lib/access/management-scope";
import { type ActiveRequestRow, activeRequestRows } from "./active-requests-monitor";
import { type AgentMonitorRow, agentsMonitorRows } from "./agents-monitor";
import { type ManagerMonitorRow, managerRows } from "./managers-monitor";
import type { MonitorView } from "./monitors";
import { type PortalRow, portalRows } from "./portals-monitor";
import { type QueuesMonitor, queueRows } from "./queues-monitor";
import { startOfToday } from "./today";
import { watchOf } from "./watch";

/** What a monitor shows right now, for one viewer (their scope narrows every monitor, shared or not). */
export type MonitorContent =
  | { kind: "agents"; rows: AgentMonitorRow[]; maySignOut: boolean }
  | { kind: "managers"; rows: (ManagerMonitorRow & { self: boolean })[] }
  | { kind: "activeRequests"; rows: ActiveRequestRow[] }
  | ({ kind: "queues" } & QueuesMonitor)
  | { kind: "portals"; rows: PortalRow[] };

export async function monitorContent(
  actor: Principal,
  scope: ManagementScope,
  monitor: MonitorView,
  now = new Date(),
): Promise<MonitorContent> {
  const sortOrder = monitor.sortOrder;
  const todayStart = startOfToday(actor.timeZone, now);
  const watch = await watchOf(scope, monitor.filters);
  switch (monitor.kind) {
    case "agents":
      return {
        kind: "agents",
        rows: await agentsMonitorRows(scope, watch, { todayStart, sortOrder }),
        maySignOut: hasRight(scope, "logOutAgents"),
      };
    case "managers":
      // Shared or not, only company managers see who else is signed in.
      return {
        kind: "managers",
        rows: scope.kind === "company" ? await managerRows(actor.userId, { now, sortOrder }) : [],
      };
    case "activeRequests":
      return { kind: "activeRequests", rows: await activeRequestRows(scope, watch, { sortOrder }) };
    case "queues":
      return { kind: "queues", ...(await queueRows(scope, watch, { sortOrder })) };
    case "portals":
      return { kind: "portals", rows: await portalRows(scope, watch, { now, todayStart, sortOrder }) };
  }
}

/**
 * A short digest of what a monitor shows, for the live dashboard: it tells the browser to fetch a
 * monitor anew only when this changed. Times are in it as instants, not as "3 min ago".
 */
export function fingerprintOf(content: MonitorContent): string {
  return digestOf(content);
}

export function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}
