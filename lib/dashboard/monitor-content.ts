import "server-only";
import { createHash } from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import { type ManagementScope, hasRight } from "@/lib/access/management-scope";
import { eventBus } from "@/lib/events/event-bus";
import { QUEUE_CHANNEL } from "@/lib/live/channels";
import { PRESENCE_CHANNEL } from "@/lib/live/presence";
import { DASHBOARD_CHANNEL, MANAGER_PRESENCE_CHANNEL } from "./channels";
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

/** The bus channels whose messages can change what a monitor shows. */
export const WATCHED_CHANNELS = [QUEUE_CHANNEL, PRESENCE_CHANNEL, MANAGER_PRESENCE_CHANNEL, DASHBOARD_CHANNEL];

/**
 * Computed contents, shared by every viewer who would get the same (same scope, same settings, same
 * time zone) and kept until the next message on a watched channel or the next minute: ten managers
 * with the same monitors open cost one round of queries per change, not ten — in their live
 * streams and in the fetches that follow. A pending load is shared too.
 */
const computed = new Map<string, { version: string; value: Promise<MonitorContent> }>();
const MAX_CACHED = 500;

export async function monitorContent(
  actor: Principal,
  scope: ManagementScope,
  monitor: MonitorView,
  now = new Date(),
): Promise<MonitorContent> {
  const key = JSON.stringify([
    monitor.kind,
    monitor.filters,
    monitor.sortOrder,
    actor.timeZone,
    scopeKey(scope),
    // Only the Manager monitor depends on who looks ("Sie").
    monitor.kind === "managers" ? actor.userId : "",
  ]);
  const version = [Math.floor(now.getTime() / 60_000), ...WATCHED_CHANNELS.map((c) => eventBus.publishedCount(c))].join(
    ":",
  );
  const cached = computed.get(key);
  if (cached && cached.version === version) return cached.value;
  const value = computeContent(actor, scope, monitor, now);
  if (computed.size >= MAX_CACHED) computed.clear();
  computed.set(key, { version, value });
  // A failed load is not kept.
  value.catch(() => computed.get(key)?.value === value && computed.delete(key));
  return value;
}

/** What decides a viewer's share of every monitor: the teams they manage and the rights a monitor shows. */
function scopeKey(scope: ManagementScope): string {
  if (scope.kind === "company") return "company";
  return JSON.stringify([
    [...scope.teamIds].sort(),
    hasRight(scope, "logOutAgents"),
    hasRight(scope, "cancelRequests"),
    hasRight(scope, "supervisorViewing"),
  ]);
}

async function computeContent(
  actor: Principal,
  scope: ManagementScope,
  monitor: MonitorView,
  now: Date,
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
  let digest = digests.get(content);
  if (digest === undefined) digests.set(content, (digest = digestOf(content)));
  return digest;
}

/** Contents are shared between viewers (see monitorContent): so are their digests. */
const digests = new WeakMap<MonitorContent, string>();

export function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}
