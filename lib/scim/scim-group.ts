import "server-only";
import { etagOf } from "@/lib/api/etag";
import { db } from "@/lib/db/client";
import { managementScope, managesTeam } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { matches, pageWindow, parseScimFilter, type ScimListQuery } from "./scim-list";
import { GROUP_SCHEMA, scimLocation } from "./scim-schemas";

type TeamRow = { id: string; name: string; externalId: string | null; createdAt: Date; updatedAt: Date };
type Member = { value: string; display: string; $ref: string };

/** A team as a SCIM Group (RFC 7643 §4.2): its members are the agents whose team it is. */
export function scimGroupOf(team: TeamRow, members: Member[] | undefined) {
  const resource = {
    schemas: [GROUP_SCHEMA],
    id: team.id,
    ...(team.externalId ? { externalId: team.externalId } : {}),
    displayName: team.name,
    ...(members ? { members } : {}),
    meta: {
      resourceType: "Group",
      created: team.createdAt.toISOString(),
      lastModified: team.updatedAt.toISOString(),
      location: scimLocation(`/Groups/${team.id}`),
    },
  };
  return { ...resource, meta: { ...resource.meta, version: etagOf(resource) } };
}
export type ScimGroup = ReturnType<typeof scimGroupOf>;

async function membersOf(teamIds: string[]): Promise<Map<string, Member[]>> {
  const agents = await db.agentProfile.findMany({
    where: { teamId: { in: teamIds } },
    select: { userId: true, firstName: true, lastName: true, teamId: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { userId: "asc" }],
  });
  const byTeam = new Map<string, Member[]>();
  for (const agent of agents) {
    const list = byTeam.get(agent.teamId!) ?? [];
    list.push({
      value: agent.userId,
      display: `${agent.firstName} ${agent.lastName}`,
      $ref: scimLocation(`/Users/${agent.userId}`),
    });
    byTeam.set(agent.teamId!, list);
  }
  return byTeam;
}

/** The teams the actor manages, as the Teams page decides; every team and sub-team is a group. */
async function managedTeams(actor: Principal, where: { id?: string } = {}): Promise<TeamRow[]> {
  const scope = await managementScope(actor);
  const teams = await db.team.findMany({
    where,
    select: { id: true, name: true, externalId: true, createdAt: true, updatedAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return teams.filter((team) => managesTeam(scope, team.id));
}

export async function findScimGroup(actor: Principal, id: string): Promise<ScimGroup> {
  const [team] = await managedTeams(actor, { id });
  if (!team) throw new NotFoundError("team");
  return scimGroupOf(team, (await membersOf([id])).get(id) ?? []);
}

/** displayName is caseExact=false (RFC 7643 §4.2). */
const CASE_INSENSITIVE = new Set(["displayname"]);

/** GET /Groups; members are left out when excluded (Entra ID asks `excludedAttributes=members`). */
export async function listScimGroups(actor: Principal, query: ScimListQuery) {
  const ast = parseScimFilter(query.filter, CASE_INSENSITIVE);
  const { startIndex, count, skip } = pageWindow(query);
  const teams = await managedTeams(actor);
  const excluded = /(^|,)\s*members\s*(,|$)/i.test(query.excludedAttributes ?? "");
  const needMembers = !excluded || /members/i.test(query.filter ?? "");
  const members = needMembers ? await membersOf(teams.map((team) => team.id)) : undefined;
  const test = matches(ast);
  const all = teams
    .map((team) => scimGroupOf(team, members ? (members.get(team.id) ?? []) : undefined))
    .filter((group) => test({ ...group, displayName: group.displayName.toLowerCase() }));
  return { total: all.length, startIndex, groups: all.slice(skip, skip + count) };
}
