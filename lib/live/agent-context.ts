import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** The signed-in agent with their team, as the console's domain functions need them. */
export async function loadConsoleAgent(actor: Principal) {
  if (actor.kind !== "agent") throw new NotFoundError("agent");
  const agent = await loadAgent(actor.userId);
  if (!agent) throw new NotFoundError("agent");
  return agent;
}

/** The same for an agent the system acts on by itself (e.g. a lapsed console); null if gone. */
export async function loadAgent(agentId: string) {
  const agent = await db.agentProfile.findUnique({
    where: { userId: agentId },
    select: {
      userId: true,
      firstName: true,
      lastName: true,
      screenName: true,
      functions: true,
      maxSessions: true,
      team: { select: { id: true, name: true, availableLogins: true } },
    },
  });
  if (!agent) return null;
  return {
    id: agent.userId,
    name: `${agent.firstName} ${agent.lastName}`.trim(),
    screenName: agent.screenName,
    functions: agent.functions,
    maxSessions: agent.maxSessions,
    team: agent.team,
  };
}

/** Accepting and declining work only from the browser that holds the agent's console; else "not found". */
export async function requireConsoleHeld(tx: Tx, agentId: string, actor: Principal): Promise<void> {
  const presence = await tx.agentPresence.findUnique({ where: { agentId } });
  if (!presence || presence.sessionId !== actor.sessionId) throw new NotFoundError("presence");
}
