import "server-only";
import { db } from "@/lib/db/client";
import type { ManagementScope } from "@/lib/access/management-scope";
import { nextOpeningChange } from "@/lib/business-hours/next-change";
import { openingStateOf, portalScheduleSelect } from "@/lib/business-hours/portal-opening-state";
import { availableAgentsBySubPortal } from "./available-agents";
import { watchablePortalIds } from "./monitors";
import { type Watch, within } from "./watch";

export type PortalRow = {
  portalId: string;
  name: string;
  open: boolean;
  /** When it opens or closes next (within a week), else null. */
  nextChange: Date | null;
  waiting: number;
  inSession: number;
  availableAgents: number;
  today: { submitted: number; accepted: number; declined: number; noAgentResponse: number; abandoned: number };
  /** Average wait of the requests accepted today, in milliseconds; null when none was accepted. */
  averageWaitMs: number | null;
};

const TODAY_TYPES = ["submitted", "accepted", "declined", "noAgentResponse", "abandoned"] as const;

/** Portale: per watched portal, open or closed now, what is going on and today's figures. */
export async function portalRows(
  scope: ManagementScope,
  watch: Watch,
  { now, todayStart, sortOrder }: { now: Date; todayStart: Date; sortOrder: string },
): Promise<PortalRow[]> {
  const mine = await watchablePortalIds(scope);
  const portals = await db.portal.findMany({
    where: { deletedAt: null, id: { in: [...mine].filter((id) => !watch.portalIds || watch.portalIds.has(id)) } },
    select: {
      ...portalScheduleSelect,
      name: true,
      subPortals: { where: { deletedAt: null }, select: { id: true } },
    },
  });
  // A team manager's figures: only the sub-portals their teams serve.
  const subPortalIds = portals
    .flatMap((p) => p.subPortals.map((s) => s.id))
    .filter((id) => !watch.subPortalIds || watch.subPortalIds.has(id));
  const portalOf = new Map(portals.flatMap((p) => p.subPortals.map((s) => [s.id, p.id] as const)));
  const [waiting, sessions, available, events] = await Promise.all([
    db.supportRequest.groupBy({
      by: ["subPortalId"],
      where: { status: "waiting", subPortalId: { in: subPortalIds } },
      _count: { _all: true },
    }),
    db.supportSession.groupBy({
      by: ["subPortalId"],
      where: {
        endedAt: null,
        subPortalId: { in: subPortalIds },
        ...(watch.teamIds ? { teamId: within(watch.teamIds) } : {}),
      },
      _count: { _all: true },
    }),
    availableAgentsBySubPortal(scope, subPortalIds),
    db.activityEvent.findMany({
      where: { type: { in: [...TODAY_TYPES] }, at: { gte: todayStart }, subPortalId: { in: subPortalIds } },
      select: { type: true, subPortalId: true, data: true },
    }),
  ]);
  const rows = portals.map((portal): PortalRow => {
    const subs = new Set(portal.subPortals.map((s) => s.id));
    const sum = (counts: { subPortalId: string; _count: { _all: number } }[]) =>
      counts.filter((c) => subs.has(c.subPortalId)).reduce((total, c) => total + c._count._all, 0);
    const mineToday = events.filter((e) => e.subPortalId && portalOf.get(e.subPortalId) === portal.id);
    const today = Object.fromEntries(
      TODAY_TYPES.map((type) => [type, mineToday.filter((e) => e.type === type).length]),
    );
    const waits = mineToday
      .filter((e) => e.type === "accepted")
      .map((e) => waitedMs(e.data))
      .filter((ms) => ms !== null);
    const stateAt = (at: Date) => openingStateOf(portal, at);
    return {
      portalId: portal.id,
      name: portal.name,
      open: stateAt(now).open,
      nextChange: cachedNextChange(portal.id, JSON.stringify(portal), stateAt, now),
      waiting: sum(waiting),
      inSession: sum(sessions),
      availableAgents: [...subs].reduce((total, id) => total + (available.get(id) ?? 0), 0),
      today: today as PortalRow["today"],
      averageWaitMs: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
    };
  });
  return sortOrder === "waiting"
    ? rows.sort((a, b) => b.waiting - a.waiting || a.name.localeCompare(b.name, "de"))
    : rows.sort((a, b) => a.name.localeCompare(b.name, "de"));
}

function waitedMs(data: string): number | null {
  try {
    const value = (JSON.parse(data) as { waitedMs?: unknown }).waitedMs;
    return typeof value === "number" && value >= 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * The next change of a portal's opening state, remembered for the minute: a live dashboard renders
 * often, and walking a week of business hours costs a few milliseconds. Keyed by the schedule
 * itself, so a changed set is seen at once.
 */
const nextChanges = new Map<string, { minute: number; value: Date | null }>();

function cachedNextChange(
  portalId: string,
  schedule: string,
  stateAt: (at: Date) => ReturnType<typeof openingStateOf>,
  now: Date,
) {
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `${portalId}:${schedule}`;
  const cached = nextChanges.get(key);
  if (cached && cached.minute === minute) return cached.value;
  const value = nextOpeningChange(stateAt, now);
  if (nextChanges.size > 1000) nextChanges.clear();
  nextChanges.set(key, { minute, value });
  return value;
}
