import "server-only";
import { db } from "@/lib/db/client";
import { loadForest } from "@/lib/access/management-scope";
import { PERIODS, type PeriodKind } from "./period";
import { GROUPINGS, type Grouping, REPORT_TYPES, type ReportType } from "./report-params";
import type { ReportScope } from "./report-scope";

/** What the Berichte form offers a viewer: only report types, portals, teams and agents within their scope. */
export type ReportFormOptions = {
  types: ReportType[];
  /** The lists the form offers (given to it: the client component does not import the parsers). */
  periods: readonly PeriodKind[];
  groupings: readonly Grouping[];
  /** Null: the viewer reports on their own sessions and has no filters (an agent). */
  filters: {
    portals: { id: string; name: string; subPortals: { id: string; name: string }[] }[];
    teams: { id: string; path: string }[];
    agents: { id: string; name: string }[];
  } | null;
};

/** The report types a scope has: Portale und Warteschlangen is about whole portals, so only with portal figures. */
export function reportTypesOf(scope: ReportScope): ReportType[] {
  const portalWide = scope.kind === "company" || (scope.kind === "teams" && scope.portalFigures !== null);
  return REPORT_TYPES.filter((type) => type !== "portalsAndQueues" || portalWide);
}

/**
 * The form's choices: a company manager every portal, team and agent (deleted portals too, while
 * their sessions are kept: their history stays reportable); a team manager the sub-portals their
 * teams serve, their teams with sub-teams and those teams' agents.
 */
export async function reportFormOptions(scope: ReportScope): Promise<ReportFormOptions> {
  const choices = { types: reportTypesOf(scope), periods: PERIODS, groupings: GROUPINGS };
  if (scope.kind === "agent") return { ...choices, filters: null };
  const teamIds = scope.kind === "teams" ? [...scope.teamIds] : null;
  const [forest, subPortals, agents] = await Promise.all([
    loadForest(),
    db.subPortal.findMany({
      where: teamIds ? { teams: { some: { teamId: { in: teamIds } } } } : {},
      select: { id: true, name: true, portal: { select: { id: true, name: true } } },
    }),
    db.agentProfile.findMany({
      where: teamIds ? { teamId: { in: teamIds } } : {},
      select: { userId: true, firstName: true, lastName: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
  ]);
  const portals = new Map<string, { id: string; name: string; subPortals: { id: string; name: string }[] }>();
  for (const sub of subPortals) {
    const portal = portals.get(sub.portal.id) ?? { ...sub.portal, subPortals: [] };
    portal.subPortals.push({ id: sub.id, name: sub.name });
    portals.set(portal.id, portal);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "de");
  const allTeams = forest.children(null).flatMap((root) => forest.subtree(root.id));
  return {
    ...choices,
    filters: {
      portals: [...portals.values()]
        .map((portal) => ({ ...portal, subPortals: portal.subPortals.sort(byName) }))
        .sort(byName),
      teams: allTeams
        .filter((team) => scope.kind !== "teams" || scope.teamIds.has(team.id))
        .map((team) => ({ id: team.id, path: forest.path(team.id) }))
        .sort((a, b) => a.path.localeCompare(b.path, "de")),
      agents: agents.map((agent) => ({ id: agent.userId, name: `${agent.firstName} ${agent.lastName}`.trim() })),
    },
  };
}
