import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { loadConsoleAgent, requireConsoleHeld } from "./agent-context";
import { openSessionCount, sessionLimitOf } from "./capacity";
import { QUEUE_CHANNEL, requestChannel, sessionChannel } from "./channels";
import { newSessionNumber } from "./session-number";
import { teamMessagesFor } from "./team-messages";

/**
 * An agent accepts a waiting request: the first to accept gets it. The request must still be
 * waiting, be theirs to see (their team serves its sub-portal; a chosen agent's or a queued offer
 * only for that agent), and they must have a free session slot. Starts the session with its
 * nine-digit ID and sends the team's greeting.
 */
export async function acceptRequest(
  actor: Principal,
  requestId: number,
): Promise<{ sessionId: string; number: string }> {
  const agent = await loadConsoleAgent(actor);
  const limit = await sessionLimitOf(agent);
  const { greeting } = await teamMessagesFor(agent.team?.id ?? null);
  const session = await inTransaction(async (tx) => {
    await requireConsoleHeld(tx, agent.id, actor);
    const request = await tx.supportRequest.findUnique({
      where: { id: requestId },
      include: {
        subPortal: { select: { id: true, name: true, portal: { select: { id: true, name: true, queueMode: true } } } },
      },
    });
    const serves =
      !!agent.team &&
      !!(await tx.teamSubPortal.findUnique({
        where: { teamId_subPortalId: { teamId: agent.team.id, subPortalId: request?.subPortalId ?? "" } },
      }));
    if (!request || !serves) throw new NotFoundError("request");
    if (request.chosenAgentId !== null && request.chosenAgentId !== agent.id) throw new NotFoundError("request");
    // Queue mode: only the agent it is offered to may take it, not whoever asks first.
    const queued = request.subPortal.portal.queueMode && request.chosenAgentId === null;
    if ((queued || request.offeredToId !== null) && request.offeredToId !== agent.id)
      throw new NotFoundError("request");
    if (request.status !== "waiting") throw new ValidationError({ form: "requestNoLongerWaiting" });
    if ((await openSessionCount(tx, agent.id)) >= limit) throw new ValidationError({ form: "sessionLimitReached" });

    const now = new Date();
    await tx.supportRequest.update({
      where: { id: requestId },
      data: { status: "accepted", closedAt: now, offeredToId: null, offeredAt: null },
    });
    const portal = { id: request.subPortal.portal.id, name: request.subPortal.portal.name };
    const created = await tx.supportSession.create({
      data: {
        number: await newSessionNumber(tx),
        requestId,
        agentId: agent.id,
        agentName: agent.screenName || agent.name,
        teamId: agent.team?.id ?? null,
        teamName: agent.team?.name ?? "",
        portalId: portal.id,
        portalName: portal.name,
        subPortalId: request.subPortal.id,
        subPortalName: request.subPortal.name,
        startedAt: now,
        waitMs: Math.max(0, now.getTime() - request.createdAt.getTime()),
      },
    });
    if (greeting) {
      await tx.sessionEvent.create({
        data: {
          sessionId: created.id,
          type: "message",
          author: "agent",
          body: JSON.stringify({ text: greeting, greeting: true }),
        },
      });
    }
    await recordActivity(tx, {
      type: "accepted",
      at: now,
      requestId,
      sessionId: created.id,
      agent,
      team: agent.team,
      portal,
      subPortal: request.subPortal,
      data: { waitedMs: now.getTime() - request.createdAt.getTime() },
    });
    return created;
  });
  eventBus.publish(QUEUE_CHANNEL, { type: "taken", requestId });
  eventBus.publish(requestChannel(requestId), { type: "accepted", sessionId: session.id });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { sessionId: session.id, number: session.number };
}
