import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveAgentFunction } from "@/lib/agent-functions/resolve";
import { loadForest, managementScope } from "@/lib/access/management-scope";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ReportScope } from "@/lib/reports/report-scope";
import { teamLevels } from "@/lib/teams/teams";

/**
 * Whose past sessions a viewer may review in Sitzungsinformationen (manual chapter 6), whether
 * they may replay their recordings, and whether they may export them (decision records 22, 26):
 * - a company manager: every session, replays and exports;
 * - a team manager: the sessions of their teams and sub-teams; replays with the right
 *   "Sitzungswiedergabe", exports with the right "Sitzungswiedergabe exportieren";
 * - an agent with Management Center access whose function "Sitzungswiedergabe" is on: their own
 *   sessions and their recordings; exports with the function "Sitzungswiedergabe exportieren".
 * Everyone else (API managers, agents without the function): "not found".
 *
 * `sessions` is the same shape as a report's scope, so searches narrow with the reports' filters.
 */
export type SessionInformationScope = { sessions: ReportScope; mayExport: boolean; mayReplay: boolean };

export async function sessionInformationScope(actor: Principal): Promise<SessionInformationScope> {
  if (actor.kind === "agent") return agentScope(actor.userId);
  const scope = await managementScope(actor);
  if (scope.kind === "company") return { sessions: { kind: "company" }, mayExport: true, mayReplay: true };
  return {
    sessions: { kind: "teams", teamIds: scope.teamIds, portalFigures: null },
    mayExport: scope.rights.has("exportSessionReplay"),
    mayReplay: scope.rights.has("sessionReplay"),
  };
}

async function agentScope(agentId: string): Promise<SessionInformationScope> {
  const agent = await db.agentProfile.findUnique({
    where: { userId: agentId },
    select: { functions: true, teamId: true },
  });
  if (!agent) throw new NotFoundError("sessionInformation");
  const own = parseFunctionSettings(agent.functions);
  const chain = await teamLevels(await loadForest(), agent.teamId);
  if (!resolveAgentFunction("sessionReplay", own, chain).value) throw new NotFoundError("sessionInformation");
  return {
    sessions: { kind: "agent", agentId },
    mayExport: resolveAgentFunction("exportSessionReplay", own, chain).value,
    // The function that opened Sitzungsinformationen at all.
    mayReplay: true,
  };
}

/**
 * Whether the viewer has Sitzungsinformationen at all (the navigation's entry, on every page). A
 * manager's role says it without a query; an agent's function needs one.
 */
export async function hasSessionInformation(actor: Principal): Promise<boolean> {
  if (actor.kind !== "agent") return actor.managerRole === "company" || actor.managerRole === "team";
  try {
    await agentScope(actor.userId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/** Whether a session (its team and agent as recorded) is one the scope covers. */
export function coversSession(scope: ReportScope, session: { teamId: string | null; agentId: string | null }): boolean {
  switch (scope.kind) {
    case "company":
      return true;
    case "teams":
      return session.teamId !== null && scope.teamIds.has(session.teamId);
    case "agent":
      return session.agentId === scope.agentId;
  }
}
