import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { provisionsThroughApi, requireCompanyManager } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { openingStateOf, portalScheduleSelect, type OpeningState } from "@/lib/business-hours/portal-opening-state";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { PortalType } from "./portal-types";

export type PortalDirectoryEntry = {
  id: string;
  name: string;
  slug: string;
  type: PortalType;
  queueMode: boolean;
  /** Whether customers can send requests now (business hours and holidays). */
  opening: OpeningState;
  subPortals: { id: string; name: string; slug: string; teamIds: string[] }[];
};

/**
 * Reading portals, as the page "Portale" lists them, is for company managers and — read only — for
 * API managers through a token: the API assigns teams to sub-portals and needs their ids, but
 * never changes a portal (decision record 28). Every portal write keeps requirePortalEditor.
 */
function requirePortalReader(actor: Principal): void {
  if (!provisionsThroughApi(actor)) requireCompanyManager(actor);
}

const directorySelect = {
  ...portalScheduleSelect,
  name: true,
  slug: true,
  type: true,
  queueMode: true,
  subPortals: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, teams: { select: { teamId: true }, orderBy: { teamId: "asc" } } },
  },
} satisfies Prisma.PortalSelect;

function entryOf(portal: Prisma.PortalGetPayload<{ select: typeof directorySelect }>, at: Date): PortalDirectoryEntry {
  return {
    id: portal.id,
    name: portal.name,
    slug: portal.slug ?? "",
    type: portal.type as PortalType,
    queueMode: portal.queueMode,
    opening: openingStateOf(portal, at),
    subPortals: portal.subPortals.map((s) => ({
      id: s.id,
      name: s.name,
      slug: s.slug ?? "",
      teamIds: s.teams.map((link) => link.teamId),
    })),
  };
}

/** Live portals in name order, `take` of them after the portal with key `after` ([name, id]). */
export async function listPortalDirectory(
  actor: Principal,
  { after, take, at = new Date() }: { after?: [string, string]; take: number; at?: Date },
): Promise<PortalDirectoryEntry[]> {
  requirePortalReader(actor);
  const rows = await db.portal.findMany({
    where: {
      deletedAt: null,
      ...(after ? { OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: directorySelect,
  });
  return rows.map((row) => entryOf(row, at));
}

export async function getPortalDirectoryEntry(actor: Principal, id: string, at = new Date()) {
  requirePortalReader(actor);
  const row = await db.portal.findFirst({ where: { id, deletedAt: null }, select: directorySelect });
  if (!row) throw new NotFoundError("portal");
  return entryOf(row, at);
}
