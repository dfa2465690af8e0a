import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { TeamForest } from "@/lib/teams/team-forest";
import { parseRights, TEAM_MANAGER_RIGHTS, type TeamManagerRight } from "./rights";

/**
 * What part of the organisation a principal manages. Company managers: everything. Team managers:
 * the teams assigned to them and all their sub-teams, within their rights. Everyone else: nothing.
 */
export type ManagementScope =
  | { kind: "company"; forest: TeamForest }
  | {
      kind: "team";
      forest: TeamForest;
      rootTeamIds: Set<string>;
      teamIds: Set<string>;
      rights: Set<TeamManagerRight>;
    };

export async function loadForest(): Promise<TeamForest> {
  return new TeamForest(await db.team.findMany({ select: { id: true, name: true, parentId: true } }));
}

/**
 * An API manager provisions the whole organisation, but only through an API token: signed in to the
 * Management Center they manage nothing (decision record 28).
 */
export function provisionsThroughApi(actor: Principal): boolean {
  return actor.kind === "manager" && actor.managerRole === "api" && actor.apiToken !== undefined;
}

/** The scope of a manager; anyone who manages nothing gets "not found" for every management page. */
export async function managementScope(actor: Principal): Promise<ManagementScope> {
  const organisationWide = actor.kind === "manager" && actor.managerRole === "company";
  if (
    !organisationWide &&
    !provisionsThroughApi(actor) &&
    !(actor.kind === "manager" && actor.managerRole === "team")
  ) {
    throw new NotFoundError();
  }
  const forest = await loadForest();
  if (organisationWide || provisionsThroughApi(actor)) return { kind: "company", forest };
  const profile = await db.managerProfile.findUnique({
    where: { userId: actor.userId },
    select: { rights: true, teams: { select: { teamId: true } } },
  });
  const rootTeamIds = new Set((profile?.teams ?? []).map((t) => t.teamId));
  const teamIds = new Set([...rootTeamIds].flatMap((id) => forest.subtree(id).map((team) => team.id)));
  return { kind: "team", forest, rootTeamIds, teamIds, rights: new Set(parseRights(profile?.rights ?? "[]")) };
}

export function hasRight(scope: ManagementScope, right: TeamManagerRight): boolean {
  return scope.kind === "company" || scope.rights.has(right);
}

export function requireRight(scope: ManagementScope, right: TeamManagerRight): void {
  if (!hasRight(scope, right)) throw new NotFoundError();
}

export function managesTeam(scope: ManagementScope, teamId: string | null): boolean {
  if (teamId === null) return scope.kind === "company";
  return scope.kind === "company" ? !!scope.forest.get(teamId) : scope.teamIds.has(teamId);
}

export function requireTeam(scope: ManagementScope, teamId: string | null): void {
  if (!managesTeam(scope, teamId)) throw new NotFoundError("team");
}

/** Team IDs an agent query is limited to; undefined means no limit (company managers). */
export function agentTeamFilter(scope: ManagementScope): string[] | undefined {
  return scope.kind === "company" ? undefined : [...scope.teamIds];
}

export function requireCompanyManager(actor: Principal): void {
  if (actor.kind !== "manager" || actor.managerRole !== "company") throw new NotFoundError();
}

/** The team-level rights a principal holds (company managers hold them all), for navigation. */
export async function rightsOf(actor: Principal): Promise<ReadonlySet<TeamManagerRight>> {
  if (actor.kind !== "manager") return new Set();
  if (actor.managerRole === "company") return new Set(TEAM_MANAGER_RIGHTS);
  if (actor.managerRole !== "team") return new Set();
  const profile = await db.managerProfile.findUnique({ where: { userId: actor.userId }, select: { rights: true } });
  return new Set(parseRights(profile?.rights ?? "[]"));
}
