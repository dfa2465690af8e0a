import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { loadConsoleAgent } from "./agent-context";

export type AgentStatus = "available" | "away";

/** Live consoles and dashboards listen here for sign-ins, sign-outs and status changes. */
export const PRESENCE_CHANNEL = "presence";

/**
 * Signs an agent in to the console (available). A team's "available logins" caps how many of its
 * agents are signed in at once: the next one is refused with a clear message, and the refusal is
 * recorded. Signing in again from another browser takes the console over.
 */
export async function signInToConsole(actor: Principal): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  const now = new Date();
  const refused = await inTransaction(async (tx) => {
    const cap = agent.team?.availableLogins ?? null;
    if (agent.team && cap !== null) {
      const signedIn = await tx.agentPresence.count({ where: { teamId: agent.team.id, agentId: { not: agent.id } } });
      if (signedIn >= cap) {
        await recordActivity(tx, { type: "signInRefused", at: now, agent, team: agent.team, data: { reason: "availableLogins", cap } });
        return true;
      }
    }
    await tx.agentPresence.upsert({
      where: { agentId: agent.id },
      create: { agentId: agent.id, sessionId: actor.sessionId, status: "available", teamId: agent.team?.id ?? null, signedInAt: now, statusAt: now, lastSeenAt: now },
      update: { sessionId: actor.sessionId, status: "available", teamId: agent.team?.id ?? null, statusAt: now, lastSeenAt: now },
    });
    await recordActivity(tx, { type: "agentSignedIn", at: now, agent, team: agent.team });
    return false;
  });
  if (refused) throw new ValidationError({ form: "availableLoginsReached" });
  eventBus.publish(PRESENCE_CHANNEL, { type: "signedIn", agentId: agent.id });
}

/** "Available" or "away"; "in session" follows from the agent's open sessions. */
export async function setConsoleStatus(actor: Principal, status: AgentStatus): Promise<void> {
  if (status !== "available" && status !== "away") throw new ValidationError({ status: "statusInvalid" });
  const agent = await loadConsoleAgent(actor);
  await inTransaction(async (tx) => {
    const presence = await tx.agentPresence.findUnique({ where: { agentId: agent.id } });
    if (!presence || presence.sessionId !== actor.sessionId) throw new NotFoundError("presence");
    if (presence.status === status) return;
    await tx.agentPresence.update({ where: { agentId: agent.id }, data: { status, statusAt: new Date() } });
    await recordActivity(tx, { type: "agentStatus", agent, team: agent.team, data: { from: presence.status, to: status } });
  });
  eventBus.publish(PRESENCE_CHANNEL, { type: "status", agentId: agent.id, status });
}

/** Ends the console presence (sign-out, or the console session ending). */
export async function signOutOfConsole(actor: Principal): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  const removed = await inTransaction(async (tx) => {
    const { count } = await tx.agentPresence.deleteMany({ where: { agentId: agent.id, sessionId: actor.sessionId } });
    if (count > 0) await recordActivity(tx, { type: "agentSignedOut", agent, team: agent.team });
    return count > 0;
  });
  if (removed) eventBus.publish(PRESENCE_CHANNEL, { type: "signedOut", agentId: agent.id });
}
