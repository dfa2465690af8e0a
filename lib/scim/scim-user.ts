import "server-only";
import { etagOf } from "@/lib/api/etag";
import { db, type Prisma } from "@/lib/db/client";
import { agentTeamFilter, managementScope } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { equalityOf, matches, pageWindow, parseScimFilter, type ScimListQuery } from "./scim-list";
import { scimLocation, USER_SCHEMA } from "./scim-schemas";

const agentSelect = {
  userId: true,
  firstName: true,
  lastName: true,
  screenName: true,
  team: { select: { id: true, name: true } },
  user: {
    select: { loginId: true, email: true, disabled: true, externalId: true, createdAt: true, updatedAt: true },
  },
} satisfies Prisma.AgentProfileSelect;
type AgentRow = Prisma.AgentProfileGetPayload<{ select: typeof agentSelect }>;

/** An agent as a SCIM User (RFC 7643 §4.1); `groups` (the agent's team) is read-only. */
export function scimUserOf(agent: AgentRow) {
  const location = scimLocation(`/Users/${agent.userId}`);
  const resource = {
    schemas: [USER_SCHEMA],
    id: agent.userId,
    ...(agent.user.externalId ? { externalId: agent.user.externalId } : {}),
    userName: agent.user.loginId,
    name: {
      givenName: agent.firstName,
      familyName: agent.lastName,
      formatted: `${agent.firstName} ${agent.lastName}`,
    },
    displayName: agent.screenName,
    emails: [{ value: agent.user.email, type: "work", primary: true }],
    active: !agent.user.disabled,
    groups: agent.team
      ? [{ value: agent.team.id, display: agent.team.name, $ref: scimLocation(`/Groups/${agent.team.id}`) }]
      : [],
    meta: {
      resourceType: "User",
      created: agent.user.createdAt.toISOString(),
      lastModified: agent.user.updatedAt.toISOString(),
      location,
    },
  };
  return { ...resource, meta: { ...resource.meta, version: etagOf(resource) } };
}
export type ScimUser = ReturnType<typeof scimUserOf>;

/** The agents the actor manages, as the Agents page decides (lib/access/management-scope.ts). */
async function managedAgentsWhere(actor: Principal): Promise<Prisma.AgentProfileWhereInput> {
  const teams = agentTeamFilter(await managementScope(actor));
  return teams ? { teamId: { in: teams } } : {};
}

export async function findScimUser(actor: Principal, id: string): Promise<ScimUser> {
  const agent = await db.agentProfile.findFirst({
    where: { AND: [await managedAgentsWhere(actor), { userId: id }] },
    select: agentSelect,
  });
  if (!agent) throw new NotFoundError("agent");
  return scimUserOf(agent);
}

/** userName, names, displayName and e-mail addresses are caseExact=false (RFC 7643 §4.1). */
const CASE_INSENSITIVE = new Set([
  "username",
  "displayname",
  "name.givenname",
  "name.familyname",
  "name.formatted",
  "emails.value",
]);

function filterView(user: ScimUser) {
  return {
    ...user,
    userName: user.userName.toLowerCase(),
    displayName: user.displayName.toLowerCase(),
    name: {
      givenName: user.name.givenName.toLowerCase(),
      familyName: user.name.familyName.toLowerCase(),
      formatted: user.name.formatted.toLowerCase(),
    },
    emails: user.emails.map((email) => ({ ...email, value: email.value.toLowerCase() })),
  };
}

/**
 * GET /Users: the filter narrows the query where it names userName, externalId or id exactly (what
 * identity providers ask), and is then applied in full to the representations.
 */
export async function listScimUsers(actor: Principal, query: ScimListQuery) {
  const ast = parseScimFilter(query.filter, CASE_INSENSITIVE);
  const { startIndex, count, skip } = pageWindow(query);
  const scoped = await managedAgentsWhere(actor);
  const orderBy = { user: { loginId: "asc" as const } };
  if (!ast) {
    const [total, rows] = await Promise.all([
      db.agentProfile.count({ where: scoped }),
      count === 0 ? [] : db.agentProfile.findMany({ where: scoped, select: agentSelect, orderBy, skip, take: count }),
    ]);
    return { total, startIndex, users: rows.map(scimUserOf) };
  }
  const userName = equalityOf(ast, "userName");
  const externalId = equalityOf(ast, "externalId");
  const id = equalityOf(ast, "id");
  const narrowed: Prisma.AgentProfileWhereInput = {
    AND: [
      scoped,
      ...(userName !== undefined ? [{ user: { loginId: userName } }] : []),
      ...(externalId !== undefined ? [{ user: { externalId } }] : []),
      ...(id !== undefined ? [{ userId: id }] : []),
    ],
  };
  const test = matches(ast);
  const all = (await db.agentProfile.findMany({ where: narrowed, select: agentSelect, orderBy }))
    .map(scimUserOf)
    .filter((user) => test(filterView(user)));
  return { total: all.length, startIndex, users: all.slice(skip, skip + count) };
}
