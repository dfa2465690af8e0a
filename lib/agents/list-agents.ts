import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { agentTeamFilter, hasRight, managementScope, managesTeam } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";

export const AGENT_SORTS = ["name", "loginId", "screenName", "team"] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];
export const AGENTS_PER_PAGE = 50;

export type AgentQuery = {
  /** Matches first name, last name, screen name or login ID. */
  q?: string;
  /** A team ID (with its sub-teams), "none" for agents without a team, or empty for all. */
  team?: string;
  sort?: AgentSort;
  direction?: "asc" | "desc";
  page?: number;
};

function orderBy(sort: AgentSort, dir: "asc" | "desc"): Prisma.AgentProfileOrderByWithRelationInput[] {
  switch (sort) {
    case "loginId":
      return [{ user: { loginId: dir } }];
    case "screenName":
      return [{ screenName: dir }, { userId: "asc" }];
    case "team":
      return [{ team: { name: dir } }, { lastName: "asc" }, { firstName: "asc" }, { userId: "asc" }];
    default:
      return [{ lastName: dir }, { firstName: dir }, { userId: "asc" }];
  }
}

/** The Agents page: the agents the actor manages, searched, sorted and paged. */
export async function listAgents(actor: Principal, query: AgentQuery) {
  const scope = await managementScope(actor);
  const limit = agentTeamFilter(scope);
  const teamIds = (() => {
    if (query.team === "none") return scope.kind === "company" ? null : [];
    if (query.team && managesTeam(scope, query.team)) return scope.forest.subtree(query.team).map((t) => t.id);
    return limit;
  })();
  const q = query.q?.trim().toLocaleLowerCase();
  const where: Prisma.AgentProfileWhereInput = {
    ...(teamIds === null ? { teamId: null } : teamIds ? { teamId: { in: teamIds } } : {}),
    ...(q ? { searchText: { contains: q } } : {}),
  };
  const sort = query.sort ?? "name";
  const direction = query.direction ?? "asc";
  const total = await db.agentProfile.count({ where });
  const pages = Math.max(1, Math.ceil(total / AGENTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), pages);
  const rows = await db.agentProfile.findMany({
    where,
    orderBy: orderBy(sort, direction),
    skip: (page - 1) * AGENTS_PER_PAGE,
    take: AGENTS_PER_PAGE,
    select: {
      userId: true,
      firstName: true,
      lastName: true,
      screenName: true,
      teamId: true,
      managementCenterAccess: true,
      user: { select: { loginId: true, email: true } },
    },
  });
  return {
    agents: rows.map((r) => ({
      id: r.userId,
      firstName: r.firstName,
      lastName: r.lastName,
      screenName: r.screenName,
      loginId: r.user.loginId,
      email: r.user.email,
      managementCenterAccess: r.managementCenterAccess,
      teamPath: r.teamId ? scope.forest.path(r.teamId) : null,
    })),
    total,
    page,
    pages,
    sort,
    direction,
  };
}

/** The teams an actor may filter by or move agents to, as "Parent › Child" paths. */
export async function agentTeamOptions(actor: Principal) {
  const scope = await managementScope(actor);
  const ids =
    agentTeamFilter(scope) ??
    scope.forest
      .children(null)
      .flatMap((r) => scope.forest.subtree(r.id))
      .map((t) => t.id);
  return {
    teams: ids.map((id) => ({ id, path: scope.forest.path(id) })).sort((a, b) => a.path.localeCompare(b.path)),
    mayFilterNoTeam: scope.kind === "company",
    mayAddDelete: hasRight(scope, "addDeleteAgents"),
  };
}
