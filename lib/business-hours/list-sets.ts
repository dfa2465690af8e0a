import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import {
  businessHoursAccess,
  describeAssignment,
  mayManageSets,
  PORTAL_LINKS,
  type PortalRef,
  seesPortal,
  visibleSetWhere,
} from "./access";
import { DATE_ORDER } from "./holiday-sets";
import { bySetOrder } from "./set-order";
import type { HolidayDate } from "./set-input";
import { storedWeek, type Week } from "./week";

type Assignment = { portals: PortalRef[]; otherPortalCount: number };
export type HoursSetSummary = {
  id: string;
  name: string;
  timeZone: string;
  week: Week;
} & Assignment;
export type HolidaySetSummary = {
  id: string;
  name: string;
  timeZone: string;
  dates: HolidayDate[];
} & Assignment;

export type BusinessHoursOverview = {
  hoursSets: HoursSetSummary[];
  holidaySets: HolidaySetSummary[];
  /** Company managers add and delete sets and assign portals. */
  mayManage: boolean;
  /** For a team manager: how many portals their teams serve; null for a company manager. */
  teamPortalCount: number | null;
  /** The portal the lists are limited to (?portal=…), if any. */
  portal: PortalRef | null;
};

/** Page "Geschäftszeiten verwalten": the sets the actor may see, optionally only one portal's. */
export async function listBusinessHoursSets(
  actor: Principal,
  filter: { portalId?: string } = {},
): Promise<BusinessHoursOverview> {
  const access = await businessHoursAccess(actor);
  let portal: PortalRef | null = null;
  if (filter.portalId !== undefined) {
    portal = seesPortal(access, filter.portalId)
      ? await db.portal.findFirst({
          where: { id: filter.portalId, deletedAt: null },
          select: { id: true, name: true },
        })
      : null;
    if (!portal) throw new NotFoundError("portal");
  }
  const where = {
    ...visibleSetWhere(access),
    ...(portal ? { portals: { some: { portalId: portal.id } } } : {}),
  };
  const [hours, holidays] = await Promise.all([
    db.businessHoursSet.findMany({ where, include: { portals: PORTAL_LINKS } }),
    db.holidaySet.findMany({
      where,
      include: {
        portals: PORTAL_LINKS,
        dates: {
          orderBy: DATE_ORDER,
          select: { name: true, startDate: true, endDate: true, everyYear: true },
        },
      },
    }),
  ]);
  const assignment = (links: { portal: { id: string; name: string; deletedAt: Date | null } }[]) =>
    describeAssignment(
      access,
      links.map((link) => link.portal),
    );
  return {
    hoursSets: hours.sort(bySetOrder).map((set) => ({
      id: set.id,
      name: set.name,
      timeZone: set.timeZone,
      week: storedWeek(set.week),
      ...assignment(set.portals),
    })),
    holidaySets: holidays.sort(bySetOrder).map((set) => ({
      id: set.id,
      name: set.name,
      timeZone: set.timeZone,
      dates: set.dates,
      ...assignment(set.portals),
    })),
    mayManage: mayManageSets(access),
    teamPortalCount: access.kind === "team" ? access.portalIds.size : null,
    portal,
  };
}
