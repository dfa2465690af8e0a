import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { managementScope, managesTeam, requireRight } from "@/lib/access/management-scope";
import { hashPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { newAgentSchema, type NewAgentInput } from "./agent-input";
import { insertAgents } from "./create-agents";
import { loginConflict } from "./login-availability";

const MAX_PENDING = 200;

async function agentCreator(actor: Principal) {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  return scope;
}

/** The manager's list of agents entered with "Zur Liste hinzufügen" and not yet created. */
export async function listPendingAgents(actor: Principal) {
  const scope = await agentCreator(actor);
  const rows = await db.pendingAgent.findMany({ where: { managerId: actor.userId }, orderBy: { createdAt: "asc" } });
  return rows.map(({ passwordHash: _secret, ...row }) => ({
    ...row,
    teamPath: row.teamId ? scope.forest.path(row.teamId) : "",
  }));
}

/** "Zur Liste hinzufügen": validates one agent fully (the password is hashed now, never kept in clear). */
export async function addPendingAgent(actor: Principal, input: NewAgentInput) {
  const scope = await agentCreator(actor);
  const parsed = newAgentSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const agent = parsed.data;
  if (!scope.forest.get(agent.teamId) || (scope.kind === "team" && !scope.teamIds.has(agent.teamId))) {
    throw new ValidationError({ teamId: "teamRequired" });
  }
  const conflict = await loginConflict(agent.loginId);
  if (conflict) throw new ValidationError({ loginId: conflict });
  const pending = await db.pendingAgent.findMany({ where: { managerId: actor.userId }, select: { loginId: true } });
  if (pending.some((p) => p.loginId === agent.loginId)) throw new ValidationError({ loginId: "loginIdPending" });
  if (pending.length >= MAX_PENDING) throw new ValidationError({ form: "pendingListFull" });
  const { password, ...fields } = agent;
  await db.pendingAgent.create({
    data: { ...fields, managerId: actor.userId, passwordHash: await hashPassword(password) },
  });
}

/** "Aus Liste entfernen" */
export async function removePendingAgents(actor: Principal, ids: string[]) {
  await agentCreator(actor);
  await db.pendingAgent.deleteMany({ where: { managerId: actor.userId, id: { in: ids } } });
}

/**
 * "Mitarbeiter hinzufügen" → "Senden": creates every pending agent in one transaction, or none.
 * Teams and rights are checked again: they may have changed since the agent was put on the list.
 */
export async function createPendingAgents(actor: Principal) {
  const scope = await agentCreator(actor);
  const pending = await db.pendingAgent.findMany({ where: { managerId: actor.userId }, orderBy: { createdAt: "asc" } });
  if (pending.length === 0) throw new ValidationError({ form: "pendingListEmpty" });
  // A team deleted (or taken out of the manager's hands) since the agent was listed.
  if (pending.some((row) => !row.teamId || !scope.forest.get(row.teamId) || !managesTeam(scope, row.teamId))) {
    throw new ValidationError({ form: "pendingTeamGone" });
  }
  await inTransaction(async (tx) => {
    await insertAgents(
      tx,
      actor,
      pending.map((p) => ({ ...p, teamId: p.teamId! })),
      "manual",
    );
    await tx.pendingAgent.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
  });
  return pending.length;
}
