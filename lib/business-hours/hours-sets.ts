import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { businessHoursAccess, PORTAL_LINKS, type PortalRef, viewerAssignment, visibleSetWhere } from "./access";
import { createSet, deleteSet, type SetWrite, setNotFound, updateSet } from "./mutate-set";
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

export async function getHoursSet(actor: Principal, id: string): Promise<HoursSetDetails> {
  const access = await businessHoursAccess(actor);
  const set = await db.businessHoursSet.findFirst({
    where: { id, ...visibleSetWhere(access) },
    include: {
      portals: PORTAL_LINKS,
    },
  });
  if (!set) throw setNotFound("hours");
  return {
    id: set.id,
    name: set.name,
    timeZone: set.timeZone,
    week: storedWeek(set.week),
    closedMessageDe: set.closedMessageDe,
    closedMessageEn: set.closedMessageEn,
    ...viewerAssignment(access, set.portals),
  };
}

function hoursSetWrite(input: HoursSetInput): SetWrite {
  const { portalIds, week, ...fields } = parseHoursSetInput(input);
  const data = { ...fields, week: JSON.stringify(week) };
  return {
    portalIds,
    summary: { ...fields, week },
    create: (tx) => tx.businessHoursSet.create({ data, select: { id: true } }),
    update: (tx, id) => tx.businessHoursSet.update({ where: { id }, data }),
  };
}

/** A new set, assigned to `portalIds`. Company managers only. */
export async function createHoursSet(actor: Principal, input: HoursSetInput): Promise<{ id: string }> {
  return createSet(actor, "hours", () => hoursSetWrite(input));
}

/** Saves a set's name, zone, messages and week; `portalIds` (company managers only) also replaces its portals. */
export async function updateHoursSet(actor: Principal, id: string, input: HoursSetInput): Promise<void> {
  await updateSet(actor, "hours", id, input.portalIds !== undefined, () => hoursSetWrite(input));
}

/** Deletes a set; its portals simply lose it. Company managers only. */
export async function deleteHoursSet(actor: Principal, id: string): Promise<void> {
  await deleteSet(actor, "hours", id);
}
