import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** The signed-in agent with their team, as the console's domain functions need them. */
export async function loadConsoleAgent(actor: Principal) {
  if (actor.kind !== "agent") throw new NotFoundError("agent");
  const agent = await db.agentProfile.findUnique({
    where: { userId: actor.userId },
    select: {
      userId: true,
      firstName: true,
      lastName: true,
      screenName: true,
      functions: true,
      maxSessions: true,
      team: { select: { id: true, name: true, availableLogins: true, greeting: true } },
    },
  });
  if (!agent) throw new NotFoundError("agent");
  return {
    id: agent.userId,
    name: `${agent.firstName} ${agent.lastName}`.trim(),
    screenName: agent.screenName,
    functions: agent.functions,
    maxSessions: agent.maxSessions,
    team: agent.team,
  };
}
