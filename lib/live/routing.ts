import type { PortalType } from "@/lib/portals/portal-types";

/** A waiting request as routing sees it. */
export type RoutableRequest = {
  id: number;
  subPortalId: string;
  portalType: PortalType;
  queueMode: boolean;
  /** Agent selection and connection code: the one agent the customer asked for. */
  chosenAgentId: string | null;
  /** Queue mode: the agent it is offered to now. */
  offeredToId: string | null;
  createdAt: Date;
};

/** A signed-in agent as routing sees them. */
export type RoutableAgent = {
  id: string;
  available: boolean;
  /** Sessions they may still take (max simultaneous sessions minus open ones). */
  freeSlots: number;
  subPortalIds: ReadonlySet<string>;
  /** Since when they are available without a session: who waited longest gets the next queued request. */
  idleSince: Date;
};

function mayTakeAny(agent: RoutableAgent, request: RoutableRequest): boolean {
  return agent.available && agent.freeSlots > 0 && agent.subPortalIds.has(request.subPortalId);
}

/**
 * Whether an agent's console shows a waiting request (docs/architecture.md, "Portal types"):
 * - agent selection / connection code: only to the agent the customer chose (or whose code it was);
 * - question box / contact button: to every available agent serving the sub-portal, or — in queue
 *   mode — only to the agent it is currently offered to.
 */
export function isVisibleTo(agent: RoutableAgent, request: RoutableRequest): boolean {
  if (request.chosenAgentId !== null)
    return request.chosenAgentId === agent.id && agent.subPortalIds.has(request.subPortalId);
  if (request.queueMode) return request.offeredToId === agent.id;
  return mayTakeAny(agent, request);
}

/**
 * Queue mode: whom to offer a request to next — among available agents with a free slot who serve
 * the sub-portal and have not declined it, the one idle the longest (ties: lowest id, so the choice
 * is stable). Null when nobody can take it now.
 */
export function nextAgentInQueue(
  request: RoutableRequest,
  agents: RoutableAgent[],
  declinedBy: ReadonlySet<string>,
): string | null {
  const candidates = agents
    .filter((a) => mayTakeAny(a, request) && !declinedBy.has(a.id))
    .sort((a, b) => a.idleSince.getTime() - b.idleSince.getTime() || a.id.localeCompare(b.id));
  return candidates[0]?.id ?? null;
}

/** Queued requests are offered in arrival order: the oldest first. */
export function inArrivalOrder<T extends { createdAt: Date; id: number }>(requests: T[]): T[] {
  return [...requests].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}
