import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import {
  hasRight,
  managementScope,
  type ManagementScope,
  managesTeam,
  requireRight,
  requireTeam,
} from "@/lib/access/management-scope";
import { type FunctionSettings, parseFunctionSettings } from "@/lib/agent-functions/catalog";
import {
  resolveMaxSessions,
  resolveTeamFunction,
  type ResolvedFunction,
  type TeamLevel,
} from "@/lib/agent-functions/resolve";
import { AGENT_FUNCTIONS, type AgentFunction } from "@/lib/agent-functions/catalog";
import { errorKeyOr } from "@/lib/errors/error-key";

type InheritedFunctions = Record<AgentFunction, ResolvedFunction>;
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { requireMayAssignPortals, writeTeamPortals } from "@/lib/portals/team-portals";
import { agentsToMove, writeAgentMoves } from "@/lib/agents/move-and-delete-agents";
import type { TeamForest } from "./team-forest";
import { settingsFromChoices, teamNameField, teamSettingsSchema, type TeamSettingsInput } from "./team-input";

export type TeamTreeNode = { id: string; name: string; agentCount: number; children: TeamTreeNode[] };

/** The part of the team tree the actor manages, with agent counts. */
export async function listTeamTree(
  actor: Principal,
): Promise<{ roots: TeamTreeNode[]; mayAddTopLevel: boolean; mayAddSubTeams: boolean }> {
  const scope = await managementScope(actor);
  const counts = new Map(
    (await db.agentProfile.groupBy({ by: ["teamId"], _count: { _all: true } })).map((row) => [
      row.teamId,
      row._count._all,
    ]),
  );
  const build = (id: string): TeamTreeNode => {
    const team = scope.forest.get(id)!;
    return {
      id,
      name: team.name,
      agentCount: counts.get(id) ?? 0,
      children: scope.forest.children(id).map((c) => build(c.id)),
    };
  };
  const roots =
    scope.kind === "company"
      ? scope.forest.children(null).map((t) => build(t.id))
      : [...scope.rootTeamIds]
          // A root nested under another of the manager's roots is already shown there.
          .filter(
            (id) =>
              !scope.forest
                .chain(id)
                .slice(1)
                .some((above) => scope.rootTeamIds.has(above.id)),
          )
          .map(build)
          .sort((a, b) => a.name.localeCompare(b.name));
  return { roots, mayAddTopLevel: scope.kind === "company", mayAddSubTeams: hasRight(scope, "addDeleteSubTeams") };
}

/** Who may create a team under `parentId` (null: a top-level team, company managers only). */
function requireMayCreateUnder(scope: ManagementScope, parentId: string | null) {
  if (parentId === null) {
    if (scope.kind !== "company") throw new NotFoundError("team");
    return;
  }
  requireTeam(scope, parentId);
  requireRight(scope, "addDeleteSubTeams");
}

async function assertUniqueSiblingName(tx: Tx, name: string, parentId: string | null, exceptId?: string) {
  const siblings = await tx.team.findMany({
    where: { parentId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (siblings.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    throw new ValidationError({ name: "teamNameTaken" });
  }
}

/** `storedFunctions`: the team's function settings now ({} for a new team). */
function parseSettings(input: TeamSettingsInput, storedFunctions: FunctionSettings) {
  const parsed = teamSettingsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const v = parsed.data;
  return {
    name: v.name,
    parentId: v.parentId,
    data: {
      availableLogins: v.availableLogins,
      greeting: v.greeting,
      cannedMessages: v.cannedMessages.join("\n"),
      cannedUrls: v.cannedUrls.join("\n"),
      functions: JSON.stringify(settingsFromChoices(v.functions, storedFunctions)),
      maxSessions: v.maxSessions,
    },
  };
}

/** Checks the first step of "Team hinzufügen": a name the new team may take under that parent. */
export async function checkNewTeamName(actor: Principal, input: { name: string; parentId: string | null }) {
  const scope = await managementScope(actor);
  requireMayCreateUnder(scope, input.parentId);
  const name = teamNameField.safeParse(input.name);
  // A bare field parses with an empty issue path: name the field, or the error lands on no field at all.
  if (!name.success) throw new ValidationError({ name: errorKeyOr(name.error.issues[0]?.message, "teamNameRequired") });
  await assertUniqueSiblingName(db, name.data, input.parentId);
  return name.data;
}

/** What the "Team hinzufügen" tab needs to show for a new team under `parentId`. */
export async function newTeamDraft(actor: Principal, parentId: string | null) {
  const scope = await managementScope(actor);
  requireMayCreateUnder(scope, parentId);
  const parentChain = await teamLevels(scope.forest, parentId);
  return {
    parentPath: parentId ? scope.forest.path(parentId) : null,
    parentOptions: parentOptions(scope, null),
    allowTopLevel: scope.kind === "company",
    inherited: Object.fromEntries(
      AGENT_FUNCTIONS.map((fn) => [fn, resolveTeamFunction(fn, parentChain)]),
    ) as InheritedFunctions,
    inheritedMaxSessions: resolveMaxSessions(null, parentChain),
  };
}

/**
 * What only programs set with a team's settings, written in the same transaction so the team is
 * saved with them or not at all; undefined leaves each alone. `subPortalIds`: the sub-portals
 * assigned (the API's). `externalId`: an identity provider's identifier for it (a SCIM group's).
 * `memberIds`: every agent the team is to have (a SCIM group's members): those named move in, the
 * others leave it for "no team", each a move the actor may make.
 */
export type TeamProvisioning = { subPortalIds?: string[]; externalId?: string | null; memberIds?: string[] };

/** The moves that give team `teamId` (null: a team about to be created) exactly `memberIds`, checked. */
async function memberMoves(scope: ManagementScope, teamId: string | null, memberIds: string[] | undefined) {
  if (!memberIds) return null;
  const current = teamId
    ? (await db.agentProfile.findMany({ where: { teamId }, select: { userId: true } })).map((a) => a.userId)
    : [];
  const wanted = new Set(memberIds);
  const leaving = current.filter((id) => !wanted.has(id));
  if (leaving.length > 0) requireTeam(scope, null);
  return {
    joining: await agentsToMove(
      scope,
      [...wanted].filter((id) => !current.includes(id)),
    ),
    leaving: await agentsToMove(scope, leaving),
  };
}

export async function createTeam(
  actor: Principal,
  input: TeamSettingsInput,
  { subPortalIds, memberIds, ...provisioning }: TeamProvisioning = {},
) {
  const scope = await managementScope(actor);
  const { name, parentId, data } = parseSettings(input, {});
  requireMayCreateUnder(scope, parentId);
  if (subPortalIds) requireMayAssignPortals(actor);
  const moves = await memberMoves(scope, null, memberIds);
  return inTransaction(async (tx) => {
    await assertUniqueSiblingName(tx, name, parentId);
    const team = await tx.team.create({ data: { name, parentId, ...data, ...provisioning } });
    await writeAudit(tx, {
      actor,
      action: "team.created",
      targetType: "team",
      targetId: team.id,
      summary: { name, parentId, ...data, ...provisioning },
    });
    if (subPortalIds) await writeTeamPortals(tx, actor, team.id, subPortalIds);
    if (moves) await writeAgentMoves(tx, actor, moves.joining, team.id);
    return team;
  });
}

function levelsOf(
  forest: TeamForest,
  rows: Map<string, { functions: string; maxSessions: number | null }>,
  teamId: string,
): TeamLevel[] {
  return forest.chain(teamId).map((t) => ({
    id: t.id,
    name: t.name,
    functions: parseFunctionSettings(rows.get(t.id)?.functions ?? "{}"),
    maxSessions: rows.get(t.id)?.maxSessions ?? null,
  }));
}

/** Every team's chain of function settings from one query, for pages that resolve many agents at once. */
export async function teamLevelsOfAll(forest: TeamForest): Promise<(teamId: string | null) => TeamLevel[]> {
  const rows = await db.team.findMany({ select: { id: true, functions: true, maxSessions: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (teamId) => (teamId ? levelsOf(forest, byId, teamId) : []);
}

/** The chains of the given teams (each team first, then its parent, …) from one query; none without teams. */
export async function teamLevelsOfMany(
  forest: TeamForest,
  teamIds: string[],
): Promise<(teamId: string | null) => TeamLevel[]> {
  const ids = [...new Set(teamIds.flatMap((id) => forest.chain(id).map((t) => t.id)))];
  if (ids.length === 0) return () => [];
  const rows = await db.team.findMany({
    where: { id: { in: ids } },
    select: { id: true, functions: true, maxSessions: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (teamId) => (teamId ? levelsOf(forest, byId, teamId) : []);
}

/** Function settings of every team in a chain, as the resolution functions take them. */
export async function teamLevels(forest: TeamForest, teamId: string | null): Promise<TeamLevel[]> {
  return teamId ? (await teamLevelsOfMany(forest, [teamId]))(teamId) : [];
}

export async function getTeam(actor: Principal, id: string) {
  const scope = await managementScope(actor);
  requireTeam(scope, id);
  const team = await db.team.findUniqueOrThrow({ where: { id } });
  const parentChain = team.parentId ? await teamLevels(scope.forest, team.parentId) : [];
  return {
    team: {
      ...team,
      functions: parseFunctionSettings(team.functions),
      path: scope.forest.path(id),
      isSubTeam: team.parentId !== null,
    },
    inherited: Object.fromEntries(
      AGENT_FUNCTIONS.map((fn) => [fn, resolveTeamFunction(fn, parentChain)]),
    ) as InheritedFunctions,
    inheritedMaxSessions: resolveMaxSessions(null, parentChain),
    /** Teams this one may be moved under: managed, and not inside its own subtree. */
    parentOptions: parentOptions(scope, id),
    mayChangeParent: mayChangeParent(scope, id, team.parentId),
    mayDelete: mayDeleteTeam(scope, id),
  };
}

function parentOptions(scope: ManagementScope, id: string | null) {
  const own = new Set(id ? scope.forest.subtree(id).map((t) => t.id) : []);
  const managed =
    scope.kind === "company"
      ? scope.forest.children(null).flatMap((root) => scope.forest.subtree(root.id))
      : [...scope.teamIds].map((teamId) => scope.forest.get(teamId)!);
  return managed
    .filter((t) => !own.has(t.id))
    .map((t) => ({ id: t.id, path: scope.forest.path(t.id) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A team manager's own assigned team stays where the company manager put it. */
function mayChangeParent(scope: ManagementScope, id: string, parentId: string | null): boolean {
  return !(scope.kind === "team" && scope.rootTeamIds.has(id) && !managesTeam(scope, parentId));
}

/** Company managers delete any team; team managers only sub-teams below their own teams, with the right. */
function mayDeleteTeam(scope: ManagementScope, id: string): boolean {
  if (scope.kind === "company") return true;
  const team = scope.forest.get(id);
  return (
    !!team?.parentId &&
    scope.teamIds.has(team.parentId) &&
    scope.teamIds.has(id) &&
    hasRight(scope, "addDeleteSubTeams")
  );
}

export async function updateTeam(
  actor: Principal,
  id: string,
  input: TeamSettingsInput,
  { subPortalIds, memberIds, ...provisioning }: TeamProvisioning = {},
) {
  const scope = await managementScope(actor);
  requireTeam(scope, id);
  if (subPortalIds) requireMayAssignPortals(actor);
  const moves = await memberMoves(scope, id, memberIds);
  const before = await db.team.findUniqueOrThrow({ where: { id } });
  const { name, parentId, data } = parseSettings(input, parseFunctionSettings(before.functions));
  if (parentId !== before.parentId) {
    const allowed =
      parentId === null ? scope.kind === "company" : parentOptions(scope, id).some((o) => o.id === parentId);
    if (!mayChangeParent(scope, id, before.parentId) || !allowed)
      throw new ValidationError({ parentId: "parentTeamInvalid" });
  }
  await inTransaction(async (tx) => {
    await assertUniqueSiblingName(tx, name, parentId, id);
    await tx.team.update({ where: { id }, data: { name, parentId, ...data, ...provisioning } });
    const changes = Object.fromEntries(
      Object.entries({ name, parentId, ...data, ...provisioning }).filter(
        ([key, value]) => (before as Record<string, unknown>)[key] !== value,
      ),
    );
    await writeAudit(tx, { actor, action: "team.updated", targetType: "team", targetId: id, summary: changes });
    if (subPortalIds) await writeTeamPortals(tx, actor, id, subPortalIds);
    if (moves) {
      await writeAgentMoves(tx, actor, moves.joining, id);
      await writeAgentMoves(tx, actor, moves.leaving, null);
    }
  });
}

/** What "Team löschen" would remove, for its confirmation page. */
export async function describeTeamDeletion(actor: Principal, id: string) {
  const scope = await managementScope(actor);
  requireTeam(scope, id);
  if (!mayDeleteTeam(scope, id)) throw new NotFoundError("team");
  const ids = scope.forest.subtree(id).map((t) => t.id);
  return {
    path: scope.forest.path(id),
    isSubTeam: scope.forest.get(id)?.parentId != null,
    subTeams: ids.length - 1,
    agents: await db.agentProfile.count({ where: { teamId: { in: ids } } }),
  };
}

/**
 * "Team löschen" / "Teilteam löschen": removes the team with all its sub-teams. Their agents stay
 * in the account without a team; nothing else is lost.
 */
export async function deleteTeam(actor: Principal, id: string) {
  const scope = await managementScope(actor);
  requireTeam(scope, id);
  if (!mayDeleteTeam(scope, id)) throw new NotFoundError("team");
  const subtree = scope.forest.subtree(id);
  const ids = subtree.map((t) => t.id);
  return inTransaction(async (tx) => {
    const released = await tx.agentProfile.updateMany({ where: { teamId: { in: ids } }, data: { teamId: null } });
    // Children first: the parent link is RESTRICT so that no delete path can orphan a subtree silently.
    for (const team of [...subtree].reverse()) await tx.team.delete({ where: { id: team.id } });
    await writeAudit(tx, {
      actor,
      action: "team.deleted",
      targetType: "team",
      targetId: id,
      summary: { teams: subtree.map((t) => t.name), agentsWithoutTeam: released.count },
    });
    return { teams: ids.length, agentsReleased: released.count };
  });
}
