import "server-only";
import type { Tx } from "@/lib/db/client";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveSessionLimit } from "@/lib/agent-functions/resolve";
import { loadForest } from "@/lib/access/management-scope";
import type { TeamForest } from "@/lib/teams/team-forest";
import { teamLevels } from "@/lib/teams/teams";

/**
 * How many sessions an agent may hold at once: one, unless the multi-session function is on for
 * them (agent override, else team chain), then their max simultaneous sessions.
 */
export async function sessionLimitOf(
  agent: { functions: string; maxSessions: number | null; team: { id: string } | null },
  /** Pass it when resolving many agents at once: the team tree is then loaded only once. */
  forest?: TeamForest,
): Promise<number> {
  const chain = await teamLevels(forest ?? (await loadForest()), agent.team?.id ?? null);
  return resolveSessionLimit(parseFunctionSettings(agent.functions), agent.maxSessions, chain).limit;
}

export async function openSessionCount(tx: Tx, agentId: string): Promise<number> {
  return tx.supportSession.count({ where: { agentId, endedAt: null } });
}
