import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { businessHoursAccess, mayManageSets, type PortalRef } from "./access";

export type SetKind = "hours" | "holiday";

/** The portals a company manager may assign sets to: every non-deleted portal, by name. */
export async function assignablePortals(actor: Principal): Promise<PortalRef[]> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError();
  return db.portal.findMany({
    where: { deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Replaces a set's portals inside the caller's transaction; unknown or deleted portals are refused. */
export async function replacePortalLinks(tx: Tx, kind: SetKind, setId: string, portalIds: string[]): Promise<string[]> {
  const ids = [...new Set(portalIds)];
  const found = await tx.portal.count({ where: { id: { in: ids }, deletedAt: null } });
  if (found !== ids.length) throw new ValidationError({ portalIds: "portalUnknown" });
  if (kind === "hours") {
    await tx.portalBusinessHours.deleteMany({ where: { setId } });
    await tx.portalBusinessHours.createMany({ data: ids.map((portalId) => ({ portalId, setId })) });
  } else {
    await tx.portalHolidaySet.deleteMany({ where: { setId } });
    await tx.portalHolidaySet.createMany({ data: ids.map((portalId) => ({ portalId, setId })) });
  }
  return ids;
}

/** Assigns a set to exactly these portals. Company managers only. */
export async function assignPortals(
  actor: Principal,
  kind: SetKind,
  setId: string,
  portalIds: string[],
): Promise<void> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError();
  await inTransaction(async (tx) => {
    const exists =
      kind === "hours"
        ? await tx.businessHoursSet.count({ where: { id: setId } })
        : await tx.holidaySet.count({ where: { id: setId } });
    if (!exists) throw new NotFoundError(kind === "hours" ? "businessHoursSet" : "holidaySet");
    const ids = await replacePortalLinks(tx, kind, setId, portalIds);
    await writeAudit(tx, {
      actor,
      action: kind === "hours" ? "businessHours.portalsAssigned" : "holidaySet.portalsAssigned",
      targetType: kind === "hours" ? "businessHoursSet" : "holidaySet",
      targetId: setId,
      summary: { portalIds: ids },
    });
  });
}
