import "server-only";
import { db } from "@/lib/db/client";
import { loadForest } from "@/lib/access/management-scope";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ReportParams } from "./report-params";
import type { ReportScope } from "./report-scope";

/**
 * What a report narrows to, within what its viewer may count: the sub-portals (a portal stands for
 * its sub-portals), the teams (a team with its sub-teams) and the agent — null where the report
 * takes everything its scope allows — and their names for the report's heading. Null never widens
 * the scope: the report adds the scope itself.
 */
export type ReportFilters = {
  subPortalIds: ReadonlySet<string> | null;
  teamIds: ReadonlySet<string> | null;
  agentId: string | null;
  names: { portal: string | null; subPortal: string | null; team: string | null; agent: string | null };
};

/**
 * Checks each filter of a report against the viewer's scope. A filter naming something the viewer
 * may not see — another team's agent, a portal none of their teams serves, an id that does not
 * exist — is "not found", as everywhere else: the filters arrive as user input. An agent reports on
 * their own sessions only and has no filters.
 */
export async function resolveReportFilters(
  scope: ReportScope,
  params: Pick<ReportParams, "portalId" | "subPortalId" | "teamId" | "agentId">,
): Promise<ReportFilters> {
  const { portalId, subPortalId, teamId, agentId } = params;
  if (scope.kind === "agent") {
    if (portalId || subPortalId || teamId || agentId) throw new NotFoundError("filter");
    return { subPortalIds: null, teamIds: null, agentId: scope.agentId, names: noNames };
  }
  const names = { ...noNames };
  let subPortalIds: Set<string> | null = null;
  if (portalId || subPortalId) {
    const subPortals = await db.subPortal.findMany({
      where: portalId ? { portalId } : { id: subPortalId! },
      select: { id: true, name: true, portal: { select: { id: true, name: true } } },
    });
    const visible = scope.kind === "company" ? subPortals : await servedBy(scope.teamIds, subPortals);
    const chosen = subPortalId ? visible.filter((s) => s.id === subPortalId) : visible;
    if (chosen.length === 0) throw new NotFoundError("portal");
    subPortalIds = new Set(chosen.map((s) => s.id));
    names.portal = chosen[0]!.portal.name;
    names.subPortal = subPortalId ? chosen[0]!.name : null;
  }
  let teamIds: Set<string> | null = null;
  if (teamId) {
    const forest = await loadForest();
    if (!forest.get(teamId) || (scope.kind === "teams" && !scope.teamIds.has(teamId))) throw new NotFoundError("team");
    teamIds = new Set(forest.subtree(teamId).map((team) => team.id));
    names.team = forest.path(teamId);
  }
  if (agentId) {
    const agent = await db.agentProfile.findUnique({
      where: { userId: agentId },
      select: { firstName: true, lastName: true, teamId: true },
    });
    if (!agent || (scope.kind === "teams" && (!agent.teamId || !scope.teamIds.has(agent.teamId))))
      throw new NotFoundError("agent");
    names.agent = `${agent.firstName} ${agent.lastName}`.trim();
  }
  return { subPortalIds, teamIds, agentId, names };
}

const noNames: ReportFilters["names"] = { portal: null, subPortal: null, team: null, agent: null };

/** The sub-portals among these that one of the teams serves. */
async function servedBy<S extends { id: string }>(teamIds: ReadonlySet<string>, subPortals: S[]): Promise<S[]> {
  const served = await db.teamSubPortal.findMany({
    where: { teamId: { in: [...teamIds] }, subPortalId: { in: subPortals.map((s) => s.id) } },
    select: { subPortalId: true },
  });
  const ids = new Set(served.map((row) => row.subPortalId));
  return subPortals.filter((s) => ids.has(s.id));
}
