/** The five Dashboard monitors of the manual (chapter 4), in the order "Einen Monitor hinzufügen" offers them. */
export const MONITOR_KINDS = ["agents", "managers", "activeRequests", "queues", "portals"] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];

/** Sort orders each kind offers; the first is the default. */
export const SORT_ORDERS = {
  agents: ["name", "status", "statusSince", "team"],
  managers: ["name", "signedInSince"],
  activeRequests: ["longestFirst", "newestFirst", "portal"],
  queues: ["longestWait", "waiting", "portal"],
  portals: ["name", "waiting"],
} as const satisfies Record<MonitorKind, readonly string[]>;
export type SortOrder<K extends MonitorKind = MonitorKind> = (typeof SORT_ORDERS)[K][number];

/** Which filters a kind's settings offer ("Monitoreinstellungen"). */
export const FILTERS: Record<MonitorKind, readonly ("teams" | "portals" | "agents")[]> = {
  agents: ["teams", "agents"],
  managers: [],
  activeRequests: ["teams", "portals", "agents"],
  queues: ["teams", "portals"],
  portals: ["portals"],
};

/** The manual's automatic timeout: a monitor stops updating 12 hours after it was last (re)activated. */
export const MONITOR_TIMEOUT_MS = 12 * 60 * 60 * 1000;

/** A manager may have this many monitors of their own. */
export const MAX_MONITORS = 20;

export function isMonitorKind(value: unknown): value is MonitorKind {
  return typeof value === "string" && (MONITOR_KINDS as readonly string[]).includes(value);
}

/** Only company managers watch other managers. */
export function kindsFor(role: "company" | "team"): MonitorKind[] {
  return MONITOR_KINDS.filter((kind) => kind !== "managers" || role === "company");
}

export function timedOut(activatedAt: Date, now: Date): boolean {
  return now.getTime() - activatedAt.getTime() >= MONITOR_TIMEOUT_MS;
}
