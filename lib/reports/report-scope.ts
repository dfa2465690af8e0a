import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveAgentFunction } from "@/lib/agent-functions/resolve";
import { loadForest, managementScope } from "@/lib/access/management-scope";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { teamLevels } from "@/lib/teams/teams";

/**
 * What one viewer's reports may count (manual chapter 5):
 * - a company manager: everything;
 * - a team manager: the sessions of their teams and sub-teams, and — unless their rights list has
 *   "Portalberichte nicht zulassen" — the portal-wide figures (requests submitted, abandoned, not
 *   answered, which belong to no team yet) of the sub-portals those teams serve;
 * - an agent whose function "Berichte" is on: their own sessions ("basierend auf ihren eigenen
 *   Supportsitzungen"), no portal-wide figures.
 * Everyone else (API managers, agents without the function) has no reports: "not found".
 */
export type ReportScope =
  | { kind: "company" }
  | { kind: "teams"; teamIds: ReadonlySet<string>; portalFigures: { subPortalIds: ReadonlySet<string> } | null }
  | { kind: "agent"; agentId: string };

export async function reportScope(actor: Principal): Promise<ReportScope> {
  if (actor.kind === "agent") return agentReportScope(actor.userId);
  const scope = await managementScope(actor);
  if (scope.kind === "company") return { kind: "company" };
  if (scope.rights.has("disallowPortalReports")) return { kind: "teams", teamIds: scope.teamIds, portalFigures: null };
  const served = await db.teamSubPortal.findMany({
    where: { teamId: { in: [...scope.teamIds] } },
    select: { subPortalId: true },
  });
  return {
    kind: "teams",
    teamIds: scope.teamIds,
    portalFigures: { subPortalIds: new Set(served.map((row) => row.subPortalId)) },
  };
}

async function agentReportScope(agentId: string): Promise<ReportScope> {
  const agent = await db.agentProfile.findUnique({
    where: { userId: agentId },
    select: { functions: true, teamId: true },
  });
  if (!agent) throw new NotFoundError("reports");
  const teamChain = await teamLevels(await loadForest(), agent.teamId);
  if (!resolveAgentFunction("reports", parseFunctionSettings(agent.functions), teamChain).value)
    throw new NotFoundError("reports");
  return { kind: "agent", agentId };
}

/**
 * Whether the viewer has Berichte at all (the navigation's entry, on every page): anyone
 * reportScope lets in. A manager's role says it without a query; an agent's function needs one.
 */
export async function hasReports(actor: Principal): Promise<boolean> {
  if (actor.kind !== "agent") return actor.managerRole === "company" || actor.managerRole === "team";
  try {
    await agentReportScope(actor.userId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}
