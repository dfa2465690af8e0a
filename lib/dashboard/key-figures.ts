import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { openingStateOf, portalScheduleSelect } from "@/lib/business-hours/portal-opening-state";
import { agentsMonitorRows } from "./agents-monitor";
import { dashboardScope, watchablePortalIds } from "./monitors";
import { startOfToday } from "./today";
import { watchOf, within } from "./watch";

export type KeyFigures = {
  agentsOnline: number;
  agentsAvailable: number;
  agentsInSession: number;
  requestsWaiting: number;
  oldestWaitingSince: Date | null;
  sessionsRunning: number;
  portalsClosed: number;
  portals: number;
};

/** The Startseite's counters: everything the manager manages, right now. */
export async function keyFigures(actor: Principal, now = new Date()): Promise<KeyFigures> {
  const scope = await dashboardScope(actor);
  const watch = await watchOf(scope, { teamIds: [], portalIds: [], agentIds: [] });
  const todayStart = startOfToday(actor.timeZone, now);
  const [agents, waiting, oldest, sessions, portalIds] = await Promise.all([
    agentsMonitorRows(scope, watch, { todayStart, sortOrder: "name" }),
    db.supportRequest.count({ where: { status: "waiting", subPortalId: within(watch.subPortalIds) } }),
    db.supportRequest.findFirst({
      where: { status: "waiting", subPortalId: within(watch.subPortalIds) },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.supportSession.count({ where: { endedAt: null, ...(watch.teamIds ? { teamId: within(watch.teamIds) } : {}) } }),
    watchablePortalIds(scope),
  ]);
  const portals = await db.portal.findMany({ where: { id: { in: [...portalIds] } }, select: portalScheduleSelect });
  return {
    agentsOnline: agents.length,
    agentsAvailable: agents.filter((a) => a.status === "available" || a.status === "inSession").length,
    agentsInSession: agents.filter((a) => a.openSessions > 0).length,
    requestsWaiting: waiting,
    oldestWaitingSince: oldest?.createdAt ?? null,
    sessionsRunning: sessions,
    portalsClosed: portals.filter((p) => !openingStateOf(p, now).open).length,
    portals: portals.length,
  };
}
