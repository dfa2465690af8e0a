import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { portalAccess } from "./portal-access";
import type { PortalType } from "./portal-types";

export type PortalListEntry = {
  id: string;
  name: string;
  slug: string;
  type: PortalType;
  subPortals: { id: string; name: string; slug: string; teamCount: number }[];
};

/** Page "Portale": every portal with its sub-portals, in name order. */
export async function listPortals(actor: Principal): Promise<{ portals: PortalListEntry[]; mayChange: boolean }> {
  const { mayChange } = await portalAccess(actor);
  const rows = await db.portal.findMany({
    where: { deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      type: true,
      subPortals: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, slug: true, _count: { select: { teams: true } } },
      },
    },
  });
  const portals = rows.map((p) => ({
    id: p.id,
    name: p.name,
    slug: p.slug ?? "",
    type: p.type as PortalType,
    subPortals: p.subPortals.map((s) => ({ id: s.id, name: s.name, slug: s.slug ?? "", teamCount: s._count.teams })),
  }));
  return { portals, mayChange };
}
