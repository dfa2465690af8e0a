import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { managementScope, requireRight } from "@/lib/access/management-scope";

/**
 * Who may work with Geschäftszeiten: company managers with everything; team managers with the right
 * "Geschäftszeiten verwalten" with the sets assigned to portals their teams serve. Anyone else gets
 * "not found" (docs/decisions/0007-business-hours.md).
 */
export type BusinessHoursAccess =
  | { kind: "company" }
  | {
      kind: "team";
      /** Non-deleted portals with a non-deleted sub-portal served by one of the manager's teams. */
      portalIds: Set<string>;
    };

export async function businessHoursAccess(actor: Principal): Promise<BusinessHoursAccess> {
  const scope = await managementScope(actor);
  if (scope.kind === "company") return { kind: "company" };
  requireRight(scope, "manageBusinessHours");
  const portals = await db.portal.findMany({
    where: {
      deletedAt: null,
      subPortals: {
        some: { deletedAt: null, teams: { some: { teamId: { in: [...scope.teamIds] } } } },
      },
    },
    select: { id: true },
  });
  return { kind: "team", portalIds: new Set(portals.map((p) => p.id)) };
}

/** Company managers create, delete and assign; team managers only edit what they can see. */
export function mayManageSets(access: BusinessHoursAccess): boolean {
  return access.kind === "company";
}

/** A set is visible to a team manager when it is assigned to at least one of their portals. */
export function visibleSetWhere(
  access: BusinessHoursAccess,
): Prisma.BusinessHoursSetWhereInput & Prisma.HolidaySetWhereInput {
  return access.kind === "company" ? {} : { portals: { some: { portalId: { in: [...access.portalIds] } } } };
}

/** Whether the actor may see a portal (and its name) here. */
export function seesPortal(access: BusinessHoursAccess, portalId: string): boolean {
  return access.kind === "company" || access.portalIds.has(portalId);
}

export type PortalRef = { id: string; name: string };

/**
 * The portals a set is assigned to, as the actor may see them: names of the non-deleted portals
 * they may see, and how many other non-deleted portals share the set (a team manager editing a set
 * should know it also applies elsewhere, without learning those portals' names).
 */
export function describeAssignment(
  access: BusinessHoursAccess,
  portals: { id: string; name: string; deletedAt: Date | null }[],
): { portals: PortalRef[]; otherPortalCount: number } {
  const live = portals.filter((p) => p.deletedAt === null);
  const visible = live.filter((p) => seesPortal(access, p.id));
  return {
    portals: visible.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    otherPortalCount: live.length - visible.length,
  };
}

type PortalLink = { portal: { id: string; name: string; deletedAt: Date | null } };

/** How a set's portal links are read for `describeAssignment`. */
export const PORTAL_LINKS = {
  select: { portal: { select: { id: true, name: true, deletedAt: true } } },
} as const;

/** A set's portals as the viewer sees them and what the viewer may do with the set. */
export function viewerAssignment(access: BusinessHoursAccess, links: PortalLink[]) {
  return {
    ...describeAssignment(
      access,
      links.map((link) => link.portal),
    ),
    mayDelete: mayManageSets(access),
    mayAssignPortals: mayManageSets(access),
  };
}
