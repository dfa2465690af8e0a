import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { businessHoursAccess, PORTAL_LINKS, type PortalRef, viewerAssignment, visibleSetWhere } from "./access";
import { createSet, deleteSet, type SetWrite, setNotFound, updateSet } from "./mutate-set";
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

export const DATE_ORDER = [{ startDate: "asc" as const }, { name: "asc" as const }];
const DATE_FIELDS = { name: true, startDate: true, endDate: true, everyYear: true } as const;

export async function getHolidaySet(actor: Principal, id: string): Promise<HolidaySetDetails> {
  const access = await businessHoursAccess(actor);
  const set = await db.holidaySet.findFirst({
    where: { id, ...visibleSetWhere(access) },
    include: {
      dates: { select: DATE_FIELDS, orderBy: DATE_ORDER },
      portals: PORTAL_LINKS,
    },
  });
  if (!set) throw setNotFound("holiday");
  return {
    id: set.id,
    name: set.name,
    timeZone: set.timeZone,
    closedMessageDe: set.closedMessageDe,
    closedMessageEn: set.closedMessageEn,
    dates: set.dates,
    ...viewerAssignment(access, set.portals),
  };
}

/** Saving replaces the dates, all or nothing (the caller's transaction). */
function holidaySetWrite(input: HolidaySetInput): SetWrite {
  const { portalIds, dates, ...fields } = parseHolidaySetInput(input);
  return {
    portalIds,
    summary: { ...fields, dates },
    create: (tx) => tx.holidaySet.create({ data: { ...fields, dates: { create: dates } }, select: { id: true } }),
    update: async (tx, id) => {
      await tx.holidaySet.update({ where: { id }, data: fields });
      await tx.holidayDate.deleteMany({ where: { setId: id } });
      await tx.holidayDate.createMany({ data: dates.map((date) => ({ ...date, setId: id })) });
    },
  };
}

/** A new holiday/event set with its dates, assigned to `portalIds`. Company managers only. */
export async function createHolidaySet(actor: Principal, input: HolidaySetInput): Promise<{ id: string }> {
  return createSet(actor, "holiday", () => holidaySetWrite(input));
}

/** Saves a holiday set and its dates; `portalIds` (company managers only) also replaces its portals. */
export async function updateHolidaySet(actor: Principal, id: string, input: HolidaySetInput): Promise<void> {
  await updateSet(actor, "holiday", id, input.portalIds !== undefined, () => holidaySetWrite(input));
}

/** Deletes a holiday set with its dates. Company managers only. */
export async function deleteHolidaySet(actor: Principal, id: string): Promise<void> {
  await deleteSet(actor, "holiday", id);
}
