import "server-only";
import { db } from "@/lib/db/client";
import type { ManagementScope } from "@/lib/access/management-scope";

/** What a monitor watches, as its settings store it (ids; empty = everything in the viewer's scope). */
export type MonitorFilters = { teamIds: string[]; portalIds: string[]; agentIds: string[] };

/**
 * What one viewer sees of one monitor: its filters narrowed to the viewer's own scope. `null` means
 * "no limit" (a company manager's monitor without that filter); an empty set means nothing.
 * A team manager sees only their teams' agents and sessions and the sub-portals their teams serve,
 * also in a monitor another manager shared.
 */
export type Watch = {
  teamIds: Set<string> | null;
  agentIds: Set<string> | null;
  portalIds: Set<string> | null;
  subPortalIds: Set<string> | null;
};

export async function watchOf(scope: ManagementScope, filters: MonitorFilters): Promise<Watch> {
  const chosenTeams = filters.teamIds.length
    ? new Set(filters.teamIds.flatMap((id) => scope.forest.subtree(id).map((team) => team.id)))
    : null;
  const teamIds =
    scope.kind === "company"
      ? chosenTeams
      : new Set([...scope.teamIds].filter((id) => !chosenTeams || chosenTeams.has(id)));
  const portalIds = filters.portalIds.length ? new Set(filters.portalIds) : null;
  const subPortalIds = await servedSubPortals(teamIds, portalIds);
  return { teamIds, agentIds: filters.agentIds.length ? new Set(filters.agentIds) : null, portalIds, subPortalIds };
}

/** The sub-portals whose requests the watched teams may take, within the watched portals. */
async function servedSubPortals(teamIds: Set<string> | null, portalIds: Set<string> | null) {
  if (teamIds === null && portalIds === null) return null;
  const rows = await db.subPortal.findMany({
    where: {
      deletedAt: null,
      portal: { deletedAt: null },
      ...(portalIds ? { portalId: { in: [...portalIds] } } : {}),
      ...(teamIds ? { teams: { some: { teamId: { in: [...teamIds] } } } } : {}),
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/** Prisma `in` filters for a watch: undefined where it sets no limit. */
export const within = (ids: Set<string> | null) => (ids ? { in: [...ids] } : undefined);
