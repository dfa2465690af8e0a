import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { findLivePortal } from "./get-portal";
import { requirePortalEditor } from "./portal-access";

/** What deleting a portal would change, for its confirmation page. */
export async function describePortalDeletion(actor: Principal, id: string) {
  await requirePortalEditor(actor);
  const portal = await findLivePortal(id);
  const subPortals = await db.subPortal.findMany({ where: { portalId: id, deletedAt: null }, select: { id: true } });
  const teams = await db.teamSubPortal.findMany({
    where: { subPortalId: { in: subPortals.map((s) => s.id) } },
    distinct: ["teamId"],
    select: { teamId: true },
  });
  return { name: portal.name, subPortals: subPortals.length, teams: teams.length };
}

/**
 * Deletes a portal for customers and managers, but keeps its row and its sub-portals (marked
 * deleted) so the requests and sessions that came through it stay reportable. The slugs are
 * released; team assignments and business-hours assignments end.
 */
export async function deletePortal(actor: Principal, id: string) {
  await requirePortalEditor(actor);
  const portal = await findLivePortal(id);
  const now = new Date();
  await inTransaction(async (tx) => {
    const subPortals = await tx.subPortal.findMany({ where: { portalId: id }, select: { id: true } });
    await tx.teamSubPortal.deleteMany({ where: { subPortalId: { in: subPortals.map((s) => s.id) } } });
    await tx.subPortal.updateMany({ where: { portalId: id, deletedAt: null }, data: { deletedAt: now, slug: null } });
    await tx.portalBusinessHours.deleteMany({ where: { portalId: id } });
    await tx.portalHolidaySet.deleteMany({ where: { portalId: id } });
    await tx.portal.update({ where: { id }, data: { deletedAt: now, slug: null } });
    await writeAudit(tx, {
      actor,
      action: "portal.deleted",
      targetType: "portal",
      targetId: id,
      summary: { name: portal.name, slug: portal.slug },
    });
  });
}
