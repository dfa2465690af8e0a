import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import {
  businessHoursAccess,
  describeAssignment,
  mayManageSets,
  type PortalRef,
  visibleSetWhere,
} from "./access";
import { replacePortalLinks } from "./assign-portals";
import { type HoursSetInput, parseHoursSetInput } from "./set-input";
import { storedWeek, type Week } from "./week";

export type HoursSetDetails = {
  id: string;
  name: string;
  timeZone: string;
  week: Week;
  closedMessageDe: string;
  closedMessageEn: string;
  portals: PortalRef[];
  otherPortalCount: number;
  mayDelete: boolean;
  mayAssignPortals: boolean;
};

const NOT_FOUND = "businessHoursSet";

export async function getHoursSet(actor: Principal, id: string): Promise<HoursSetDetails> {
  const access = await businessHoursAccess(actor);
  const set = await db.businessHoursSet.findFirst({
    where: { id, ...visibleSetWhere(access) },
    include: {
      portals: { select: { portal: { select: { id: true, name: true, deletedAt: true } } } },
    },
  });
  if (!set) throw new NotFoundError(NOT_FOUND);
  return {
    id: set.id,
    name: set.name,
    timeZone: set.timeZone,
    week: storedWeek(set.week),
    closedMessageDe: set.closedMessageDe,
    closedMessageEn: set.closedMessageEn,
    ...describeAssignment(
      access,
      set.portals.map((link) => link.portal),
    ),
    mayDelete: mayManageSets(access),
    mayAssignPortals: mayManageSets(access),
  };
}

/** A new set, assigned to `portalIds`. Company managers only. */
export async function createHoursSet(
  actor: Principal,
  input: HoursSetInput,
): Promise<{ id: string }> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError(NOT_FOUND);
  const { portalIds = [], week, ...fields } = parseHoursSetInput(input);
  return inTransaction(async (tx) => {
    const set = await tx.businessHoursSet.create({
      data: { ...fields, week: JSON.stringify(week) },
      select: { id: true },
    });
    const assigned = await replacePortalLinks(tx, "hours", set.id, portalIds);
    await writeAudit(tx, {
      actor,
      action: "businessHours.created",
      targetType: "businessHoursSet",
      targetId: set.id,
      summary: { ...fields, week, portalIds: assigned },
    });
    return set;
  });
}

/**
 * Saves a set's name, zone, messages and week. `portalIds` (company managers only) also replaces
 * its portals; a team manager who sends it is refused like any forbidden request.
 */
export async function updateHoursSet(
  actor: Principal,
  id: string,
  input: HoursSetInput,
): Promise<void> {
  const access = await businessHoursAccess(actor);
  await inTransaction(async (tx) => {
    const existing = await tx.businessHoursSet.findFirst({
      where: { id, ...visibleSetWhere(access) },
      select: { id: true },
    });
    if (!existing) throw new NotFoundError(NOT_FOUND);
    if (input.portalIds !== undefined && !mayManageSets(access)) throw new NotFoundError(NOT_FOUND);
    const { portalIds, week, ...fields } = parseHoursSetInput(input);
    await tx.businessHoursSet.update({
      where: { id },
      data: { ...fields, week: JSON.stringify(week) },
    });
    const assigned =
      portalIds === undefined ? undefined : await replacePortalLinks(tx, "hours", id, portalIds);
    await writeAudit(tx, {
      actor,
      action: "businessHours.updated",
      targetType: "businessHoursSet",
      targetId: id,
      summary: { ...fields, week, ...(assigned ? { portalIds: assigned } : {}) },
    });
  });
}

/** Deletes a set; its portals simply lose it. Company managers only. */
export async function deleteHoursSet(actor: Principal, id: string): Promise<void> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError(NOT_FOUND);
  await inTransaction(async (tx) => {
    const set = await tx.businessHoursSet.findUnique({ where: { id }, select: { name: true } });
    if (!set) throw new NotFoundError(NOT_FOUND);
    await tx.businessHoursSet.delete({ where: { id } });
    await writeAudit(tx, {
      actor,
      action: "businessHours.deleted",
      targetType: "businessHoursSet",
      targetId: id,
      summary: { name: set.name },
    });
  });
}
