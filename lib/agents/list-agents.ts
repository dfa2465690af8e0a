import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { agentTeamFilter, hasRight, managementScope } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { DEFAULT_PAGE_SIZE, pageWindow } from "@/lib/paging/paging";
import { agentFilterWhere, MAX_AGENT_SEARCH } from "./agent-filter";
import { type TeamCount, teamPathRanks, teamPathSlices } from "./team-path-page";

export const AGENT_SORTS = ["name", "loginId", "screenName", "team"] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];

export type AgentQuery = {
  /** Matches first name, last name, screen name or login ID. */
  q?: string;
  /** A team ID (with its sub-teams), "none" for agents without a team, or empty for all. */
  team?: string;
  sort?: AgentSort;
  direction?: "asc" | "desc";
  page?: number;
  /** Agents per page (one of PAGE_SIZES; the page parses it). */
  size?: number;
  /** The page's language: team paths sort in its collation (German: "Ärztedienst" before "Bremen"). */
  locale?: string;
};

// Within a team, whichever way the teams go (the index on teamId, lastName, firstName serves it).
const WITHIN_TEAM: Prisma.AgentProfileOrderByWithRelationInput[] = [
  { lastName: "asc" },
  { firstName: "asc" },
  { userId: "asc" },
];

const AGENT_ROW = {
  userId: true,
  firstName: true,
  lastName: true,
  screenName: true,
  teamId: true,
  managementCenterAccess: true,
  user: { select: { loginId: true, email: true } },
} satisfies Prisma.AgentProfileSelect;

function orderBy(sort: Exclude<AgentSort, "team">, dir: "asc" | "desc"): Prisma.AgentProfileOrderByWithRelationInput[] {
  switch (sort) {
    case "loginId":
      return [{ user: { loginId: dir } }];
    case "screenName":
      return [{ screenName: dir }, { userId: "asc" }];
    default:
      return [{ lastName: dir }, { firstName: dir }, { userId: "asc" }];
  }
}

/**
 * The Agents page: the agents the actor manages, searched, sorted and paged. A page past the last
 * shows the last; `q` and `team` come back as they applied (a team the actor does not manage is
 * dropped), so that "all matches" acts on exactly what the page counted.
 */
export async function listAgents(actor: Principal, query: AgentQuery) {
  const scope = await managementScope(actor);
  const filter = { q: (query.q ?? "").slice(0, MAX_AGENT_SEARCH), team: query.team ?? "" };
  const { where, team } = agentFilterWhere(scope, filter, { lenient: true });
  const sort = query.sort ?? "name";
  const direction = query.direction ?? "asc";
  // Sorting by team needs each team's size to page by path; the sizes add up to the total.
  const counts =
    sort === "team"
      ? (await db.agentProfile.groupBy({ by: ["teamId"], where, _count: { _all: true } })).map((g) => ({
          teamId: g.teamId,
          count: g._count._all,
        }))
      : null;
  const total = counts ? counts.reduce((sum, c) => sum + c.count, 0) : await db.agentProfile.count({ where });
  const { page, pages, size, skip } = pageWindow(total, query.page ?? 1, query.size ?? DEFAULT_PAGE_SIZE);
  const rows =
    sort !== "team"
      ? await db.agentProfile.findMany({
          where,
          orderBy: orderBy(sort, direction),
          skip,
          take: size,
          select: AGENT_ROW,
        })
      : await pageByTeamPath(
          where,
          teamPathSlices(counts ?? [], teamPathRanks(scope.forest, query.locale ?? "de"), direction, skip, size),
        );
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
    size,
    sort,
    direction,
    q: filter.q,
    team,
  };
}

/**
 * The page's agents when sorted by team path: the database has no paths to sort by, so the page is
 * cut from whole teams in path order (team-path-page.ts). The teams wholly on the page come in one
 * query, the partly shown first and last team with their own skip and take; a stable sort then puts
 * the teams in path order and keeps each team's agents in name order.
 */
async function pageByTeamPath(where: Prisma.AgentProfileWhereInput, slices: ReturnType<typeof teamPathSlices>) {
  const inTeams = (teamIds: TeamCount["teamId"][]): Prisma.AgentProfileWhereInput => {
    const ids = teamIds.filter((id): id is string => id !== null);
    const anyTeam = { teamId: { in: ids } };
    return { AND: [where, ids.length < teamIds.length ? { OR: [anyTeam, { teamId: null }] } : anyTeam] };
  };
  const whole = slices.filter((s) => s.whole).map((s) => s.teamId);
  const [wholeRows, ...partRows] = await Promise.all([
    whole.length > 0
      ? db.agentProfile.findMany({ where: inTeams(whole), orderBy: WITHIN_TEAM, select: AGENT_ROW })
      : Promise.resolve([]),
    ...slices
      .filter((s) => !s.whole)
      .map((s) =>
        db.agentProfile.findMany({
          where: inTeams([s.teamId]),
          orderBy: WITHIN_TEAM,
          skip: s.skip,
          take: s.take,
          select: AGENT_ROW,
        }),
      ),
  ]);
  const position = new Map(slices.map((s, i) => [s.teamId, i]));
  return [...wholeRows, ...partRows.flat()].sort(
    (a, b) => (position.get(a.teamId) ?? 0) - (position.get(b.teamId) ?? 0),
  );
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
