import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { managementScope, provisionsThroughApi, requireTeam } from "@/lib/access/management-scope";
import { isCompanyManager, type Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";

export type PortalChoice = { id: string; name: string; subPortals: { id: string; name: string; assigned: boolean }[] };

/**
 * Teams → [team] → Portal: the sub-portals the team's agents take requests from. Team managers see
 * their teams' assignment; only company managers change it (manual chapter 3). Assignments belong
 * to the team itself — sub-teams have their own (decision record 8).
 */
export async function getTeamPortals(actor: Principal, teamId: string) {
  const scope = await managementScope(actor);
  requireTeam(scope, teamId);
  const [portals, assigned] = await Promise.all([
    db.portal.findMany({
      where: { deletedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        subPortals: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, name: true } },
      },
    }),
    db.teamSubPortal.findMany({ where: { teamId }, select: { subPortalId: true } }),
  ]);
  const chosen = new Set(assigned.map((a) => a.subPortalId));
  const choices: PortalChoice[] = portals.map((p) => ({
    id: p.id,
    name: p.name,
    subPortals: p.subPortals.map((s) => ({ ...s, assigned: chosen.has(s.id) })),
  }));
  return {
    teamPath: scope.forest.path(teamId),
    isSubTeam: scope.forest.get(teamId)?.parentId != null,
    mayChange: scope.kind === "company",
    // A team manager sees only the portals their team is in: other portals are not theirs to know.
    portals: scope.kind === "company" ? choices : choices.filter((p) => p.subPortals.some((s) => s.assigned)),
  };
}

/**
 * Who assigns sub-portals to teams: company managers, and API managers through a token — the
 * assignment is a team setting, and the API provisions teams (decision record 28). The portals
 * themselves stay read-only for the API. Team managers and API managers in person: "not found".
 */
export function requireMayAssignPortals(actor: Principal): void {
  if (!isCompanyManager(actor) && !provisionsThroughApi(actor)) throw new NotFoundError();
}

/**
 * Replaces a team's sub-portals inside the caller's transaction, so that creating or changing a
 * team and assigning its portals succeed or fail together. Checked in the same transaction, so a
 * sub-portal deleted meanwhile is refused, not linked.
 */
export async function writeTeamPortals(tx: Tx, actor: Principal, teamId: string, subPortalIds: string[]) {
  const wanted = [...new Set(subPortalIds)];
  const live = await tx.subPortal.findMany({
    where: { id: { in: wanted }, deletedAt: null, portal: { deletedAt: null } },
    select: { id: true, name: true, portal: { select: { name: true } } },
  });
  if (live.length !== wanted.length) throw new ValidationError({ subPortals: "subPortalUnknown" });
  const before = await tx.teamSubPortal.findMany({ where: { teamId }, select: { subPortalId: true } });
  await tx.teamSubPortal.deleteMany({ where: { teamId } });
  if (wanted.length > 0)
    await tx.teamSubPortal.createMany({ data: wanted.map((subPortalId) => ({ teamId, subPortalId })) });
  const had = new Set(before.map((b) => b.subPortalId));
  await writeAudit(tx, {
    actor,
    action: "team.portalsChanged",
    targetType: "team",
    targetId: teamId,
    summary: {
      added: live.filter((s) => !had.has(s.id)).map((s) => `${s.portal.name} / ${s.name}`),
      removed: [...had].filter((id) => !wanted.includes(id)).length,
    },
  });
}

export async function setTeamPortals(actor: Principal, teamId: string, subPortalIds: string[]) {
  requireMayAssignPortals(actor);
  const scope = await managementScope(actor);
  requireTeam(scope, teamId);
  await inTransaction((tx) => writeTeamPortals(tx, actor, teamId, subPortalIds));
}
