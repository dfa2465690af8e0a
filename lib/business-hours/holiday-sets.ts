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
import { type HolidayDate, type HolidaySetInput, parseHolidaySetInput } from "./set-input";

export type HolidaySetDetails = {
  id: string;
  name: string;
  timeZone: string;
  closedMessageDe: string;
  closedMessageEn: string;
  dates: HolidayDate[];
  portals: PortalRef[];
  otherPortalCount: number;
  mayDelete: boolean;
  mayAssignPortals: boolean;
};

const NOT_FOUND = "holidaySet";
export const DATE_ORDER = [{ startDate: "asc" as const }, { name: "asc" as const }];
const DATE_FIELDS = { name: true, startDate: true, endDate: true, everyYear: true } as const;

export async function getHolidaySet(actor: Principal, id: string): Promise<HolidaySetDetails> {
  const access = await businessHoursAccess(actor);
  const set = await db.holidaySet.findFirst({
    where: { id, ...visibleSetWhere(access) },
    include: {
      dates: { select: DATE_FIELDS, orderBy: DATE_ORDER },
      portals: { select: { portal: { select: { id: true, name: true, deletedAt: true } } } },
    },
  });
  if (!set) throw new NotFoundError(NOT_FOUND);
  return {
    id: set.id,
    name: set.name,
    timeZone: set.timeZone,
    closedMessageDe: set.closedMessageDe,
    closedMessageEn: set.closedMessageEn,
    dates: set.dates,
    ...describeAssignment(
      access,
      set.portals.map((link) => link.portal),
    ),
    mayDelete: mayManageSets(access),
    mayAssignPortals: mayManageSets(access),
  };
}

/** A new holiday/event set with its dates, assigned to `portalIds`. Company managers only. */
export async function createHolidaySet(
  actor: Principal,
  input: HolidaySetInput,
): Promise<{ id: string }> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError(NOT_FOUND);
  const { portalIds = [], dates, ...fields } = parseHolidaySetInput(input);
  return inTransaction(async (tx) => {
    const set = await tx.holidaySet.create({
      data: { ...fields, dates: { create: dates } },
      select: { id: true },
    });
    const assigned = await replacePortalLinks(tx, "holiday", set.id, portalIds);
    await writeAudit(tx, {
      actor,
      action: "holidaySet.created",
      targetType: "holidaySet",
      targetId: set.id,
      summary: { ...fields, dates, portalIds: assigned },
    });
    return set;
  });
}

/**
 * Saves a holiday set and replaces its dates, all or nothing. `portalIds` (company managers only)
 * also replaces its portals.
 */
export async function updateHolidaySet(
  actor: Principal,
  id: string,
  input: HolidaySetInput,
): Promise<void> {
  const access = await businessHoursAccess(actor);
  await inTransaction(async (tx) => {
    const existing = await tx.holidaySet.findFirst({
      where: { id, ...visibleSetWhere(access) },
      select: { id: true },
    });
    if (!existing) throw new NotFoundError(NOT_FOUND);
    if (input.portalIds !== undefined && !mayManageSets(access)) throw new NotFoundError(NOT_FOUND);
    const { portalIds, dates, ...fields } = parseHolidaySetInput(input);
    await tx.holidaySet.update({ where: { id }, data: fields });
    await tx.holidayDate.deleteMany({ where: { setId: id } });
    await tx.holidayDate.createMany({ data: dates.map((date) => ({ ...date, setId: id })) });
    const assigned =
      portalIds === undefined ? undefined : await replacePortalLinks(tx, "holiday", id, portalIds);
    await writeAudit(tx, {
      actor,
      action: "holidaySet.updated",
      targetType: "holidaySet",
      targetId: id,
      summary: { ...fields, dates, ...(assigned ? { portalIds: assigned } : {}) },
    });
  });
}

/** Deletes a holiday set with its dates. Company managers only. */
export async function deleteHolidaySet(actor: Principal, id: string): Promise<void> {
  if (!mayManageSets(await businessHoursAccess(actor))) throw new NotFoundError(NOT_FOUND);
  await inTransaction(async (tx) => {
    const set = await tx.holidaySet.findUnique({ where: { id }, select: { name: true } });
    if (!set) throw new NotFoundError(NOT_FOUND);
    await tx.holidaySet.delete({ where: { id } });
    await writeAudit(tx, {
      actor,
      action: "holidaySet.deleted",
      targetType: "holidaySet",
      targetId: id,
      summary: { name: set.name },
    });
  });
}
