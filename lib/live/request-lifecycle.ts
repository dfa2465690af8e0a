import "server-only";
import { requestTimeoutMs } from "@/lib/config/env";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import type { PortalType } from "@/lib/portals/portal-types";
import { hashRequestToken, looksLikeRequestToken } from "@/lib/support-requests/request-token";
import { recordActivity } from "./activity";
import { loadConsoleAgent, requireConsoleHeld } from "./agent-context";
import { QUEUE_CHANNEL, requestChannel } from "./channels";
import { offerQueuedRequests, routableAgents } from "./queue";
import { isVisibleTo, type RoutableRequest } from "./routing";

/** A request nobody accepts within this time is recorded as "no agent response". */
export const NO_RESPONSE_TIMEOUT_MS = requestTimeoutMs();

const requestSelect = {
  id: true,
  subPortalId: true,
  portalType: true,
  chosenAgentId: true,
  offeredToId: true,
  createdAt: true,
  status: true,
  subPortal: { select: { id: true, name: true, portal: { select: { id: true, name: true, queueMode: true } } } },
} as const;

function routable(r: {
  id: number;
  subPortalId: string;
  portalType: string;
  chosenAgentId: string | null;
  offeredToId: string | null;
  createdAt: Date;
  subPortal: { portal: { queueMode: boolean } };
}): RoutableRequest {
  return { ...r, portalType: r.portalType as PortalType, queueMode: r.subPortal.portal.queueMode };
}

/**
 * After a request was stored: "posted" when an agent could receive it right now (someone is signed
 * in who may see or be offered it), then the consoles are told and queued requests are offered.
 */
export async function announceNewRequest(requestId: number): Promise<void> {
  const request = await db.supportRequest.findUnique({ where: { id: requestId }, select: requestSelect });
  if (!request) return;
  const agents = await routableAgents();
  const r = routable(request);
  const reachable = agents.some((a) =>
    r.queueMode && r.chosenAgentId === null ? a.subPortalIds.has(r.subPortalId) && a.available : isVisibleTo(a, r),
  );
  if (reachable) {
    await inTransaction((tx) =>
      recordActivity(tx, { type: "posted", requestId, portal: request.subPortal.portal, subPortal: request.subPortal }),
    );
  }
  eventBus.publish(QUEUE_CHANNEL, { type: "submitted", requestId });
  await offerQueuedRequests();
}

/** The waiting requests an agent's console shows, oldest first (minus those they declined). */
export async function waitingRequestsFor(actor: Principal) {
  const agent = await loadConsoleAgent(actor);
  const me = (await routableAgents()).find((a) => a.id === agent.id);
  if (!me) return [];
  const [waiting, declined] = await Promise.all([
    db.supportRequest.findMany({
      where: { status: "waiting", subPortalId: { in: [...me.subPortalIds] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        ...requestSelect,
        customerName: true,
        problem: true,
        language: true,
        portalName: true,
        subPortalName: true,
      },
    }),
    db.activityEvent.findMany({
      where: { type: "declined", agentId: agent.id, requestId: { not: null } },
      select: { requestId: true },
    }),
  ]);
  const declinedIds = new Set(declined.map((d) => d.requestId));
  return waiting
    .filter((r) => !declinedIds.has(r.id) && isVisibleTo(me, routable(r)))
    .map((r) => ({
      id: r.id,
      portalName: r.portalName,
      subPortalName: r.subPortalName,
      portalType: r.portalType as PortalType,
      customerName: r.customerName,
      problem: r.problem,
      language: r.language,
      createdAt: r.createdAt,
      forMe: r.chosenAgentId === agent.id || r.offeredToId === agent.id,
    }));
}

/** "Ablehnen": the agent passes; a queued request moves on to the next agent. */
export async function declineRequest(actor: Principal, requestId: number): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  const visible = (await waitingRequestsFor(actor)).some((r) => r.id === requestId);
  if (!visible) throw new NotFoundError("request");
  await inTransaction(async (tx) => {
    await requireConsoleHeld(tx, agent.id, actor);
    const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: requestSelect });
    if (request.status !== "waiting") throw new ValidationError({ form: "requestNoLongerWaiting" });
    if (request.offeredToId === agent.id)
      await tx.supportRequest.update({ where: { id: requestId }, data: { offeredToId: null, offeredAt: null } });
    await recordActivity(tx, {
      type: "declined",
      requestId,
      agent,
      team: agent.team,
      portal: request.subPortal.portal,
      subPortal: request.subPortal,
    });
    // A request meant for this agent alone (agent selection, connection code) has nobody else to
    // go to: the customer is told at once instead of waiting for the timeout.
    if (request.chosenAgentId === agent.id)
      await closeAddressedRequests(tx, agent.id, "declined", new Date(), requestId);
  });
  eventBus.publish(requestChannel(requestId), { type: "status" });
  eventBus.publish(QUEUE_CHANNEL, { type: "declined", requestId });
  await offerQueuedRequests();
}

/** The customer left the waiting page ("Anfrage zurückziehen"): recorded as customer abandoned. */
export async function abandonRequest(token: string): Promise<void> {
  if (!looksLikeRequestToken(token)) throw new NotFoundError("request");
  const request = await db.supportRequest.findUnique({
    where: { token: hashRequestToken(token) },
    select: requestSelect,
  });
  if (!request) throw new NotFoundError("request");
  const changed = await closeWaiting(request, "abandoned", new Date());
  if (changed) await offerQueuedRequests();
}

/** Requests waiting longer than the timeout: "no agent response". Run by the scheduler. */
export async function expireUnansweredRequests(now = new Date()): Promise<number> {
  const stale = await db.supportRequest.findMany({
    where: { status: "waiting", createdAt: { lte: new Date(now.getTime() - NO_RESPONSE_TIMEOUT_MS) } },
    select: requestSelect,
  });
  let expired = 0;
  for (const request of stale) if (await closeWaiting(request, "noAgentResponse", now)) expired++;
  return expired;
}

async function closeWaiting(
  request: {
    id: number;
    createdAt: Date;
    subPortal: { id: string; name: string; portal: { id: string; name: string } };
  },
  status: "abandoned" | "noAgentResponse",
  now: Date,
): Promise<boolean> {
  const changed = await inTransaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: request.id, status: "waiting" },
      data: { status, closedAt: now, offeredToId: null, offeredAt: null },
    });
    if (count === 0) return false;
    await recordActivity(tx, {
      type: status,
      at: now,
      requestId: request.id,
      portal: request.subPortal.portal,
      subPortal: request.subPortal,
      data: { waitedMs: now.getTime() - request.createdAt.getTime() },
    });
    return true;
  });
  if (changed) {
    eventBus.publish(QUEUE_CHANNEL, { type: status, requestId: request.id });
    eventBus.publish(requestChannel(request.id), { type: status });
  }
  return changed;
}

/**
 * Closes waiting requests addressed to one agent (chosen on an agent-selection portal, or by their
 * connection code) as "agentUnavailable": the agent declined it, or left the console. The caller's
 * transaction; the caller tells the customers' pages (requestChannel) after it commits.
 */
export async function closeAddressedRequests(
  tx: Tx,
  agentId: string,
  reason: "declined" | "agentLeft",
  now: Date,
  onlyRequestId?: number,
): Promise<number[]> {
  const addressed = await tx.supportRequest.findMany({
    where: { chosenAgentId: agentId, status: "waiting", ...(onlyRequestId ? { id: onlyRequestId } : {}) },
    select: requestSelect,
  });
  const closed: number[] = [];
  for (const request of addressed) {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: request.id, status: "waiting" },
      data: { status: "agentUnavailable", closedAt: now, offeredToId: null, offeredAt: null },
    });
    if (count === 0) continue;
    await recordActivity(tx, {
      type: "agentUnavailable",
      at: now,
      requestId: request.id,
      portal: request.subPortal.portal,
      subPortal: request.subPortal,
      data: { reason, waitedMs: now.getTime() - request.createdAt.getTime() },
    });
    closed.push(request.id);
  }
  return closed;
}
