import "server-only";
import { db } from "@/lib/db/client";
import { loadForest } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { loadFeatureInputs } from "@/lib/features/feature-inputs";
import { resolveAllFeatures, type ResolvedFeature } from "@/lib/features/resolve-feature";
import { DEFAULT_PAGE_SIZE, pageWindow } from "@/lib/paging/paging";
import { findLivePortal } from "./get-portal";
import { portalAccess } from "./portal-access";
import type { PortalFeature } from "./portal-features";

export type PortalAgentRow = {
  id: string;
  name: string;
  screenName: string;
  loginId: string;
  teamId: string;
  teamPath: string;
  features: Record<PortalFeature, ResolvedFeature>;
};

/**
 * "Zeigen Sie Mitarbeiter an, die diesem Portal zugewiesen sind": the teams serving each
 * sub-portal, and the agents who reach the portal through them — each with every feature's
 * effective value and what decided it. Paged, because a portal may have thousands of agents: in
 * name order (ID last, so pages never overlap), a page past the last shows the last. The matrix
 * only shows; what it shows is changed at the agent, the team or the portal.
 */
export async function listPortalAgents(
  actor: Principal,
  portalId: string,
  options: { subPortalId?: string; page?: number; size?: number } = {},
) {
  await portalAccess(actor);
  const portal = await findLivePortal(portalId);
  const forest = await loadForest();
  const subPortals = await db.subPortal.findMany({
    where: { portalId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, teams: { select: { teamId: true } } },
  });
  const selected = subPortals.filter((s) => !options.subPortalId || s.id === options.subPortalId);
  const teamIds = [...new Set(selected.flatMap((s) => s.teams.map((t) => t.teamId)))];
  const where = { teamId: { in: teamIds }, user: { disabled: false } };
  const total = await db.agentProfile.count({ where });
  const {
    page,
    pages: pageCount,
    size,
    skip,
  } = pageWindow(total, options.page ?? 1, options.size ?? DEFAULT_PAGE_SIZE);
  const agents = await db.agentProfile.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { userId: "asc" }],
    skip,
    take: size,
    select: {
      userId: true,
      firstName: true,
      lastName: true,
      screenName: true,
      teamId: true,
      functions: true,
      user: { select: { loginId: true } },
    },
  });
  const inputsOf = await loadFeatureInputs(agents, forest);
  const rows: PortalAgentRow[] = agents.map((a) => ({
    id: a.userId,
    name: `${a.firstName} ${a.lastName}`,
    screenName: a.screenName,
    loginId: a.user.loginId,
    teamId: a.teamId!,
    teamPath: forest.path(a.teamId!),
    features: resolveAllFeatures(inputsOf(portal, a)),
  }));
  return {
    portal: { id: portal.id, name: portal.name },
    subPortals: subPortals.map((s) => ({
      id: s.id,
      name: s.name,
      teams: s.teams
        .map((t) => ({ id: t.teamId, path: forest.path(t.teamId) }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    })),
    agents: rows,
    total,
    page,
    pageCount,
    size,
  };
}
