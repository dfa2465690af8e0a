import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { type AuditEntry, writeAuditMany } from "@/lib/audit/write-audit";
import { stopSchedulesOfDeletedUsers } from "@/lib/reports/delivery/report-schedules";
import {
  managementScope,
  type ManagementScope,
  managesTeam,
  requireRight,
  requireTeam,
} from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** Loads the named agents; any the actor does not manage makes the whole request "not found". */
async function managedAgents(scope: ManagementScope, ids: string[]) {
  const unique = [...new Set(ids)];
  const agents = await db.agentProfile.findMany({
    where: { userId: { in: unique } },
    select: { userId: true, teamId: true, firstName: true, lastName: true, user: { select: { loginId: true } } },
  });
  if (unique.length === 0 || agents.length !== unique.length || agents.some((a) => !managesTeam(scope, a.teamId))) {
    throw new NotFoundError("agent");
  }
  return agents;
}

/** For the confirmation pages: who would be moved or deleted. */
export async function describeAgents(actor: Principal, ids: string[], purpose: "move" | "delete") {
  const scope = await managementScope(actor);
  if (purpose === "delete") requireRight(scope, "addDeleteAgents");
  return (await managedAgents(scope, ids)).map((a) => ({
    id: a.userId,
    name: `${a.firstName} ${a.lastName}`,
    loginId: a.user.loginId,
    teamPath: a.teamId ? scope.forest.path(a.teamId) : null,
  }));
}

/**
 * "Mitarbeiter verschieben": a team manager may move agents only between teams they manage both
 * (the agents' current teams and the target). Target null takes them out of every team, where
 * "Team löschen" leaves agents — only a company-wide scope manages "no team" (a SCIM group's
 * member removed).
 */
export async function moveAgents(actor: Principal, ids: string[], targetTeamId: string | null) {
  const scope = await managementScope(actor);
  requireTeam(scope, targetTeamId);
  const agents = await managedAgents(scope, ids);
  await inTransaction((tx) => writeAgentMoves(tx, actor, agents, targetTeamId));
  return agents.length;
}

export type AgentsToMove = Awaited<ReturnType<typeof managedAgents>>;

/**
 * Checks agents for a move that another change writes in its own transaction (a SCIM group's
 * members change with the group): each must be one the actor manages. The target is the caller's
 * to check.
 */
export async function agentsToMove(scope: ManagementScope, ids: string[]): Promise<AgentsToMove> {
  return ids.length === 0 ? [] : managedAgents(scope, ids);
}

/** Writes a checked move, with its audit rows, inside the caller's transaction. */
export async function writeAgentMoves(tx: Tx, actor: Principal, agents: AgentsToMove, targetTeamId: string | null) {
  if (agents.length === 0) return;
  await tx.agentProfile.updateMany({
    where: { userId: { in: agents.map((a) => a.userId) } },
    data: { teamId: targetTeamId },
  });
  await writeAuditMany(
    tx,
    agentAudits(actor, "agent.moved", agents, (agent) => movedSummary(agent, targetTeamId)),
  );
}

type AuditedAgent = AgentsToMove[number];

/** One audit row per agent, whichever way they were chosen (by id, or as all matches of a search). */
export function agentAudits(
  actor: Principal,
  action: "agent.moved" | "agent.deleted",
  agents: AuditedAgent[],
  summaryOf: (agent: AuditedAgent) => Record<string, unknown>,
): AuditEntry[] {
  return agents.map((agent) => ({
    actor,
    action,
    targetType: "user",
    targetId: agent.userId,
    summary: summaryOf(agent),
  }));
}

export const movedSummary = (agent: AuditedAgent, targetTeamId: string | null) => ({
  loginId: agent.user.loginId,
  teamId: { from: agent.teamId, to: targetTeamId },
});

export const deletedSummary = (agent: AuditedAgent) => ({
  loginId: agent.user.loginId,
  name: `${agent.firstName} ${agent.lastName}`,
  teamId: agent.teamId,
});

/**
 * "Gewählte Mitarbeiter löschen": removes the logins (sessions go with them). Names already written
 * into history elsewhere stay as they were.
 */
export async function deleteAgents(actor: Principal, ids: string[]) {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  const agents = await managedAgents(scope, ids);
  await inTransaction(async (tx) => {
    await stopSchedulesOfDeletedUsers(
      tx,
      actor,
      agents.map((a) => a.userId),
    );
    await tx.user.deleteMany({ where: { id: { in: agents.map((a) => a.userId) }, kind: "agent" } });
    await writeAuditMany(tx, agentAudits(actor, "agent.deleted", agents, deletedSummary));
  });
  return agents.length;
}
