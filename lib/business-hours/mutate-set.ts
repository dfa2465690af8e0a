import "server-only";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { businessHoursAccess, mayManageSets, visibleSetWhere } from "./access";
import { replacePortalLinks, type SetKind } from "./assign-portals";

/** The audit action prefix and target type; also the name a refused request reports as not found. */
// Each action spelled out, so that the audit log's catalog (lib/audit/audit-catalog.ts) finds it.
const AUDIT_NAMES = {
  hours: {
    created: "businessHours.created",
    updated: "businessHours.updated",
    deleted: "businessHours.deleted",
    target: "businessHoursSet",
  },
  holiday: {
    created: "holidaySet.created",
    updated: "holidaySet.updated",
    deleted: "holidaySet.deleted",
    target: "holidaySet",
  },
} as const;

/** A parsed input: the portals to link, what the audit row records, and the kind's own writes. */
export type SetWrite = {
  portalIds: string[] | undefined;
  summary: Record<string, unknown>;
  create: (tx: Tx) => Promise<{ id: string }>;
  update: (tx: Tx, id: string) => Promise<unknown>;
};

export function setNotFound(kind: SetKind): NotFoundError {
  return new NotFoundError(AUDIT_NAMES[kind].target);
}

/**
 * Creates a set with its portals and an audit row. Company managers only; `parse` runs after that
 * check so a refused request is not told whether its input was valid.
 */
export async function createSet(actor: Principal, kind: SetKind, parse: () => SetWrite): Promise<{ id: string }> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw setNotFound(kind);
  const { portalIds = [], summary, create } = parse();
  return inTransaction(async (tx) => {
    const set = await create(tx);
    const assigned = await replacePortalLinks(tx, kind, set.id, portalIds);
    await writeAudit(tx, {
      actor,
      action: AUDIT_NAMES[kind].created,
      targetType: AUDIT_NAMES[kind].target,
      targetId: set.id,
      summary: { ...summary, portalIds: assigned },
    });
    return set;
  });
}

/**
 * Saves a visible set. Sending portals (`replacesPortals`) is for company managers only; a team
 * manager who does is refused like any forbidden request.
 */
export async function updateSet(
  actor: Principal,
  kind: SetKind,
  id: string,
  replacesPortals: boolean,
  parse: () => SetWrite,
): Promise<void> {
  const access = await businessHoursAccess(actor);
  await inTransaction(async (tx) => {
    const where = { id, ...visibleSetWhere(access) };
    const select = { id: true } as const;
    const existing =
      kind === "hours"
        ? await tx.businessHoursSet.findFirst({ where, select })
        : await tx.holidaySet.findFirst({ where, select });
    if (!existing) throw setNotFound(kind);
    if (replacesPortals && !mayManageSets(access)) throw setNotFound(kind);
    const { portalIds, summary, update } = parse();
    await update(tx, id);
    const assigned = portalIds === undefined ? undefined : await replacePortalLinks(tx, kind, id, portalIds);
    await writeAudit(tx, {
      actor,
      action: AUDIT_NAMES[kind].updated,
      targetType: AUDIT_NAMES[kind].target,
      targetId: id,
      summary: { ...summary, ...(assigned ? { portalIds: assigned } : {}) },
    });
  });
}

/** Deletes a set (a holiday set's dates go with it); its portals simply lose it. Company managers only. */
export async function deleteSet(actor: Principal, kind: SetKind, id: string): Promise<void> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw setNotFound(kind);
  await inTransaction(async (tx) => {
    const select = { name: true } as const;
    const set =
      kind === "hours"
        ? await tx.businessHoursSet.findUnique({ where: { id }, select })
        : await tx.holidaySet.findUnique({ where: { id }, select });
    if (!set) throw setNotFound(kind);
    if (kind === "hours") await tx.businessHoursSet.delete({ where: { id } });
    else await tx.holidaySet.delete({ where: { id } });
    await writeAudit(tx, {
      actor,
      action: AUDIT_NAMES[kind].deleted,
      targetType: AUDIT_NAMES[kind].target,
      targetId: id,
      summary: { name: set.name },
    });
  });
}
