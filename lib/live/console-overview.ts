import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { loadConsoleAgent } from "./agent-context";
import { agentSessionList } from "./agent-sessions";
import { sessionLimitOf } from "./capacity";
import type { AgentStatus } from "./presence";

/** How long a session the customer ended stays on the console while its notes and outcome are missing. */
export const WRAP_UP_LIST_MS = 12 * 60 * 60 * 1000;

/**
 * What the agent console shows besides the waiting requests: the agent and team, their console
 * presence (`here`: held by this browser session, so status, accepting and declining work from
 * it), their open sessions and how many they may hold, sessions the customer ended that still lack notes and outcome, and
 * whether their team serves a connection-code portal (then the console offers the code generator).
 */
export async function consoleOverview(actor: Principal, now = new Date()) {
  const agent = await loadConsoleAgent(actor);
  const [presence, sessions, codeSubPortals, sessionLimit] = await Promise.all([
    db.agentPresence.findUnique({ where: { agentId: agent.id } }),
    agentSessionList({
      agentId: agent.id,
      OR: [{ endedAt: null }, { endedAt: { gt: new Date(now.getTime() - WRAP_UP_LIST_MS) }, outcome: null }],
    }),
    agent.team
      ? db.teamSubPortal.count({
          where: {
            teamId: agent.team.id,
            subPortal: { deletedAt: null, portal: { type: "connectionCode", deletedAt: null } },
          },
        })
      : 0,
    sessionLimitOf(agent),
  ]);
  return {
    agent: { name: agent.name, teamName: agent.team?.name ?? null },
    presence: presence
      ? {
          status: presence.status as AgentStatus,
          since: presence.statusAt,
          here: presence.sessionId === actor.sessionId,
        }
      : null,
    openSessions: sessions.filter((s) => s.endedAt === null),
    /** Sessions they may hold at once (multi-session); at the limit, no request is theirs to take. */
    sessionLimit,
    awaitingWrapUp: sessions.filter((s) => s.endedAt !== null),
    offersConnectionCodes: codeSubPortals > 0,
  };
}
