import "server-only";
import { db } from "@/lib/db/client";
import type { ManagementScope } from "@/lib/access/management-scope";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveSessionLimit } from "@/lib/agent-functions/resolve";
import { teamLevelsOfAll } from "@/lib/teams/teams";

/**
 * Per sub-portal: agents who could take a request now — signed in, available, below their session
 * limit, in a team that serves the sub-portal. Only agents the viewer manages count.
 */
export async function availableAgentsBySubPortal(
  scope: ManagementScope,
  subPortalIds: string[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (subPortalIds.length === 0) return result;
  const links = await db.teamSubPortal.findMany({
    where: {
      subPortalId: { in: subPortalIds },
      ...(scope.kind === "team" ? { teamId: { in: [...scope.teamIds] } } : {}),
    },
    select: { teamId: true, subPortalId: true },
  });
  const teamIds = [...new Set(links.map((l) => l.teamId))];
  const presences = await db.agentPresence.findMany({
    where: { status: "available", teamId: { in: teamIds } },
    select: { agentId: true, teamId: true },
  });
  if (presences.length === 0) return result;
  const agentIds = presences.map((p) => p.agentId);
  const [profiles, open, levels] = await Promise.all([
    db.agentProfile.findMany({
      where: { userId: { in: agentIds } },
      select: { userId: true, functions: true, maxSessions: true, teamId: true },
    }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { agentId: { in: agentIds }, endedAt: null },
      _count: { _all: true },
    }),
    teamLevelsOfAll(scope.forest),
  ]);
  const openOf = new Map(open.map((row) => [row.agentId, row._count._all]));
  const freeTeams = new Map<string, number>();
  for (const profile of profiles) {
    const limit = resolveSessionLimit(
      parseFunctionSettings(profile.functions),
      profile.maxSessions,
      levels(profile.teamId),
    ).limit;
    if ((openOf.get(profile.userId) ?? 0) < limit && profile.teamId)
      freeTeams.set(profile.teamId, (freeTeams.get(profile.teamId) ?? 0) + 1);
  }
  for (const link of links)
    result.set(link.subPortalId, (result.get(link.subPortalId) ?? 0) + (freeTeams.get(link.teamId) ?? 0));
  return result;
}
