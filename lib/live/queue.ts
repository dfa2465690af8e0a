import "server-only";
import { offerTimeoutMs } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { loadForest } from "@/lib/access/management-scope";
import { sessionLimitOf } from "./capacity";
import { QUEUE_CHANNEL } from "./channels";
import type { PortalType } from "@/lib/portals/portal-types";
import { inArrivalOrder, nextAgentInQueue, type RoutableAgent } from "./routing";

/** How long a queued request stays offered to one agent before it moves on to the next. */
export const OFFER_TIMEOUT_MS = offerTimeoutMs();

/** Signed-in agents as routing sees them: status, free slots, the sub-portals their team serves. */
export async function routableAgents(): Promise<RoutableAgent[]> {
  const presences = await db.agentPresence.findMany();
  if (presences.length === 0) return [];
  const [profiles, serving, open, lastEnded] = await Promise.all([
    db.agentProfile.findMany({
      where: { userId: { in: presences.map((p) => p.agentId) } },
      select: { userId: true, functions: true, maxSessions: true, team: { select: { id: true } } },
    }),
    db.teamSubPortal.findMany({ where: { teamId: { in: presences.flatMap((p) => (p.teamId ? [p.teamId] : [])) } } }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { endedAt: null, agentId: { in: presences.map((p) => p.agentId) } },
      _count: { _all: true },
    }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { agentId: { in: presences.map((p) => p.agentId) } },
      _max: { endedAt: true },
    }),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const openOf = new Map(open.map((o) => [o.agentId, o._count._all]));
  const endedOf = new Map(lastEnded.map((o) => [o.agentId, o._max.endedAt]));
  const forest = await loadForest();
  const agents: RoutableAgent[] = [];
  for (const presence of presences) {
    const profile = profileOf.get(presence.agentId);
    if (!profile) continue;
    const limit = await sessionLimitOf(profile, forest);
    const lastEnd = endedOf.get(presence.agentId) ?? null;
    agents.push({
      id: presence.agentId,
      available: presence.status === "available",
      freeSlots: Math.max(0, limit - (openOf.get(presence.agentId) ?? 0)),
      subPortalIds: new Set(serving.filter((s) => s.teamId === presence.teamId).map((s) => s.subPortalId)),
      idleSince: lastEnd && lastEnd > presence.statusAt ? lastEnd : presence.statusAt,
    });
  }
  return agents;
}

/**
 * Queue mode: offers every waiting queued request, oldest first, to the next agent who can take it
 * (longest idle first); an offer left unanswered for OFFER_TIMEOUT_MS moves on. Agents who declined
 * a request or let its offer lapse are not offered it again. Idempotent: runs after every change
 * that could free an agent, and on a timer.
 */
export async function offerQueuedRequests(now = new Date()): Promise<number> {
  const waiting = await db.supportRequest.findMany({
    where: { status: "waiting", chosenAgentId: null, subPortal: { portal: { queueMode: true } } },
    select: {
      id: true,
      subPortalId: true,
      portalType: true,
      createdAt: true,
      offeredToId: true,
      offeredAt: true,
      subPortal: { select: { id: true, name: true, portal: { select: { id: true, name: true } } } },
    },
  });
  if (waiting.length === 0) return 0;
  const agents = await routableAgents();
  const lapsed = (r: (typeof waiting)[number]) =>
    r.offeredAt !== null && now.getTime() - r.offeredAt.getTime() >= OFFER_TIMEOUT_MS;
  // One offer at a time per agent: whoever holds a live offer is not offered another.
  const busy = new Set(waiting.flatMap((r) => (r.offeredToId !== null && !lapsed(r) ? [r.offeredToId] : [])));
  let offers = 0;
  for (const request of inArrivalOrder(waiting)) {
    const current = request.offeredToId;
    if (current !== null && !lapsed(request)) continue;
    const passed = await db.activityEvent.findMany({
      where: { requestId: request.id, type: { in: ["declined", "offered"] } },
      select: { agentId: true, type: true },
    });
    // Who declined, or had it offered before (a lapsed offer), is skipped.
    const skip = new Set(passed.flatMap((p) => (p.agentId ? [p.agentId] : [])));
    const candidates = agents.filter((a) => !busy.has(a.id));
    const next = nextAgentInQueue(
      { ...request, portalType: request.portalType as PortalType, queueMode: true, chosenAgentId: null },
      candidates,
      skip,
    );
    if (next === current) continue;
    await inTransaction(async (tx) => {
      const claimed = await tx.supportRequest.updateMany({
        where: { id: request.id, status: "waiting", offeredToId: current },
        data: { offeredToId: next, offeredAt: next ? now : null },
      });
      if (claimed.count === 0 || !next) return;
      const profile = await tx.agentProfile.findUnique({
        where: { userId: next },
        select: { firstName: true, lastName: true, team: { select: { id: true, name: true } } },
      });
      await recordActivity(tx, {
        type: "offered",
        at: now,
        requestId: request.id,
        agent: { id: next, name: `${profile?.firstName ?? ""} ${profile?.lastName ?? ""}`.trim() },
        team: profile?.team ?? null,
        portal: request.subPortal.portal,
        subPortal: request.subPortal,
      });
    });
    if (next) {
      busy.add(next);
      offers++;
    }
  }
  if (offers > 0) eventBus.publish(QUEUE_CHANNEL, { type: "offered" });
  return offers;
}
