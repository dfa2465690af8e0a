import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { openingStateOf, portalScheduleSelect, type OpeningState } from "@/lib/business-hours/portal-opening-state";
import { portalAccess } from "./portal-access";
import type { PortalType } from "./portal-types";

export type SubPortalListEntry = { id: string; name: string; slug: string; teams: string[] };

export type PortalListEntry = {
  id: string;
  name: string;
  slug: string;
  type: PortalType;
  /** Whether customers can send requests now (business hours and holidays). */
  opening: OpeningState;
  subPortals: SubPortalListEntry[];
};

/** Page "Portale": every portal with its sub-portals and their teams, in name order, and whether it is open `at`. */
export async function listPortals(
  actor: Principal,
  at: Date,
): Promise<{ portals: PortalListEntry[]; mayChange: boolean }> {
  const { mayChange } = await portalAccess(actor);
  const rows = await db.portal.findMany({
    where: { deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      ...portalScheduleSelect,
      name: true,
      slug: true,
      type: true,
      subPortals: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, slug: true, teams: { select: { team: { select: { name: true } } } } },
      },
    },
  });
  const portals = rows.map((p) => ({
    id: p.id,
    name: p.name,
    slug: p.slug ?? "",
    type: p.type as PortalType,
    opening: openingStateOf(p, at),
    subPortals: p.subPortals.map((s) => ({
      id: s.id,
      name: s.name,
      slug: s.slug ?? "",
      teams: s.teams.map((link) => link.team.name).sort((a, b) => a.localeCompare(b)),
    })),
  }));
  return { portals, mayChange };
}
