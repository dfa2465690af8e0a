import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { fieldConfigsOf } from "./portal-fields";
import { portalFeaturesOf } from "./portal-features";
import { portalAccess } from "./portal-access";
import type { PortalType } from "./portal-types";

/** A portal that exists and isn't deleted, or "not found". */
export async function findLivePortal(id: string) {
  const portal = await db.portal.findFirst({ where: { id, deletedAt: null } });
  if (!portal) throw new NotFoundError("portal");
  return { ...portal, slug: portal.slug ?? "", type: portal.type as PortalType };
}

/** The "Portaleinstellungen" tab: settings, effective fields and features, assigned hours. */
export async function getPortal(actor: Principal, id: string) {
  const access = await portalAccess(actor);
  const portal = await findLivePortal(id);
  const [subPortals, businessHours, holidaySets] = await Promise.all([
    db.subPortal.findMany({
      where: { portalId: id, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, slug: true, _count: { select: { teams: true } } },
    }),
    db.businessHoursSet.findMany({
      where: { portals: { some: { portalId: id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, timeZone: true },
    }),
    db.holidaySet.findMany({
      where: { portals: { some: { portalId: id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    portal: {
      id: portal.id,
      name: portal.name,
      slug: portal.slug,
      type: portal.type,
      queueMode: portal.queueMode,
      welcomeDe: portal.welcomeDe,
      welcomeEn: portal.welcomeEn,
      completedSessionEmail: portal.completedSessionEmail ?? "",
      fields: fieldConfigsOf(portal.type, portal.fields),
      features: portalFeaturesOf(portal.features),
    },
    subPortals: subPortals.map((s) => ({ id: s.id, name: s.name, slug: s.slug ?? "", teamCount: s._count.teams })),
    businessHours,
    holidaySets,
    mayChange: access.mayChange,
    localRecordingAllowed: access.localRecordingAllowed,
  };
}
