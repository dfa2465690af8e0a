import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { managementScope } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { agentFilterWhere, MAX_AGENT_SEARCH } from "./agent-filter";

export type AgentsByLoginQuery = {
  /** The Agents page's search: first name, last name, screen name or login ID. */
  q?: string;
  /** A team (with its sub-teams), "none" for agents without a team; a team outside the scope is not found. */
  teamId?: string;
  /** Exactly this login ID (login IDs are stored in lower case). */
  loginId?: string;
  /** Exactly this identity-provider identifier. */
  externalId?: string;
  /** The login ID after which to continue (the last one of the previous page). */
  after?: string;
  /** How many agents to read; callers ask one more than they show, to know whether more follow. */
  take: number;
};

/**
 * The agents the actor manages, in login-ID order, for programs that page by key: the Agents page's
 * filter (the same scope, the same search), narrowed by exact login or external ID. The login ID is
 * unique, so a page boundary never splits or repeats an agent while others are added or removed.
 */
export async function listAgentsByLogin(actor: Principal, query: AgentsByLoginQuery) {
  const scope = await managementScope(actor);
  const filter = { q: (query.q ?? "").slice(0, MAX_AGENT_SEARCH), team: query.teamId ?? "" };
  const { where } = agentFilterWhere(scope, filter, { lenient: false });
  const user: Prisma.UserWhereInput = {
    ...(query.loginId !== undefined ? { loginId: query.loginId.trim().toLowerCase() } : {}),
    ...(query.externalId !== undefined ? { externalId: query.externalId } : {}),
  };
  const rows = await db.agentProfile.findMany({
    where: {
      AND: [where, { user }, ...(query.after !== undefined ? [{ user: { loginId: { gt: query.after } } }] : [])],
    },
    orderBy: { user: { loginId: "asc" } },
    take: query.take,
    include: { user: { select: { loginId: true, email: true, disabled: true, externalId: true } } },
  });
  return rows.map((row) => ({
    id: row.userId,
    loginId: row.user.loginId,
    email: row.user.email,
    firstName: row.firstName,
    lastName: row.lastName,
    screenName: row.screenName,
    customField: row.customField,
    teamId: row.teamId,
    teamPath: row.teamId ? scope.forest.path(row.teamId) : null,
    managementCenterAccess: row.managementCenterAccess,
    active: !row.user.disabled,
    externalId: row.user.externalId,
  }));
}
