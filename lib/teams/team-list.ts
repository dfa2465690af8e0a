import "server-only";
import { db } from "@/lib/db/client";
import { managementScope, managesTeam } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";

export type TeamListRow = {
  id: string;
  name: string;
  parentId: string | null;
  /** "Support › Level 2 › Drucker" */
  path: string;
  /** The names from the top down to the team: sorting by them puts each team right after its parent. */
  chainNames: string[];
  agentCount: number;
  externalId: string | null;
};

/**
 * The teams the actor manages as a flat list with parent links (the tree of the Teams page, for
 * programs), in tree order: each team right after its parent, siblings by name.
 */
export async function listTeams(actor: Principal): Promise<TeamListRow[]> {
  const scope = await managementScope(actor);
  const [counts, externalIds] = await Promise.all([
    db.agentProfile.groupBy({ by: ["teamId"], _count: { _all: true } }),
    db.team.findMany({ where: { externalId: { not: null } }, select: { id: true, externalId: true } }),
  ]);
  const agentsOf = new Map(counts.map((row) => [row.teamId, row._count._all]));
  const externalIdOf = new Map(externalIds.map((row) => [row.id, row.externalId]));
  return scope.forest
    .inPathOrder((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((team) => managesTeam(scope, team.id))
    .map((team) => ({
      id: team.id,
      name: team.name,
      parentId: team.parentId,
      path: scope.forest.path(team.id),
      chainNames: scope.forest
        .chain(team.id)
        .reverse()
        .map((t) => t.name),
      agentCount: agentsOf.get(team.id) ?? 0,
      externalId: externalIdOf.get(team.id) ?? null,
    }));
}
