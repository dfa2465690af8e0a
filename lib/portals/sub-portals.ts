import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { findLivePortal } from "./get-portal";
import { portalAccess, requirePortalEditor } from "./portal-access";
import { type SubPortalInput, subPortalSchema } from "./portal-input";
import { parseOrThrow } from "./parse-input";
import { assertSubPortalSlugFree } from "./slug-conflicts";

async function findLiveSubPortal(portalId: string, id: string) {
  const subPortal = await db.subPortal.findFirst({
    where: { id, portalId, deletedAt: null, portal: { deletedAt: null } },
  });
  if (!subPortal) throw new NotFoundError("subPortal");
  return { ...subPortal, slug: subPortal.slug ?? "" };
}

/** One sub-portal with the teams that serve it. */
export async function getSubPortal(actor: Principal, portalId: string, id: string) {
  const { mayChange } = await portalAccess(actor);
  const portal = await findLivePortal(portalId);
  const subPortal = await findLiveSubPortal(portalId, id);
  const [teams, siblings] = await Promise.all([
    db.teamSubPortal.findMany({ where: { subPortalId: id }, select: { team: { select: { id: true, name: true } } } }),
    db.subPortal.count({ where: { portalId, deletedAt: null } }),
  ]);
  return {
    portal: { id: portal.id, name: portal.name, slug: portal.slug },
    subPortal: { id: subPortal.id, name: subPortal.name, slug: subPortal.slug },
    teams: teams.map((t) => t.team).sort((a, b) => a.name.localeCompare(b.name)),
    mayChange,
    mayDelete: mayChange && siblings > 1,
  };
}

export async function createSubPortal(actor: Principal, portalId: string, input: SubPortalInput) {
  await requirePortalEditor(actor);
  await findLivePortal(portalId);
  const v = parseOrThrow(subPortalSchema, input);
  return inTransaction(async (tx) => {
    await assertSubPortalSlugFree(tx, portalId, v.slug, "slug");
    const subPortal = await tx.subPortal.create({ data: { portalId, name: v.name, slug: v.slug } });
    await writeAudit(tx, {
      actor,
      action: "subPortal.created",
      targetType: "subPortal",
      targetId: subPortal.id,
      summary: { portalId, ...v },
    });
    return subPortal;
  });
}

export async function updateSubPortal(actor: Principal, portalId: string, id: string, input: SubPortalInput) {
  await requirePortalEditor(actor);
  const before = await findLiveSubPortal(portalId, id);
  const v = parseOrThrow(subPortalSchema, input);
  await inTransaction(async (tx) => {
    if (v.slug !== before.slug) await assertSubPortalSlugFree(tx, portalId, v.slug, "slug", id);
    await tx.subPortal.update({ where: { id }, data: v });
    await writeAudit(tx, {
      actor,
      action: "subPortal.updated",
      targetType: "subPortal",
      targetId: id,
      summary: { from: { name: before.name, slug: before.slug }, to: v },
    });
  });
}

/** Removes a sub-portal for customers and teams; its history stays. The last one cannot go. */
export async function deleteSubPortal(actor: Principal, portalId: string, id: string) {
  await requirePortalEditor(actor);
  const subPortal = await findLiveSubPortal(portalId, id);
  await inTransaction(async (tx) => {
    // Counted inside the transaction, so two deletes at once cannot remove the last two.
    const live = await tx.subPortal.count({ where: { portalId, deletedAt: null } });
    if (live <= 1) throw new ValidationError({ form: "lastSubPortal" });
    await tx.teamSubPortal.deleteMany({ where: { subPortalId: id } });
    await tx.subPortal.update({ where: { id }, data: { deletedAt: new Date(), slug: null } });
    await writeAudit(tx, {
      actor,
      action: "subPortal.deleted",
      targetType: "subPortal",
      targetId: id,
      summary: { portalId, name: subPortal.name },
    });
  });
}
