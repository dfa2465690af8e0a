import "server-only";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";

/**
 * What both "hinzufügen" pages hand to NewSetPage: the manager's time zone, the portals they may
 * assign, and the one `?portal=<id>` (from a portal's page) preselects.
 */
export async function newSetContext(searchParams: SearchParams) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  const portalId = firstParam((await searchParams).portal);
  return {
    timeZone: actor.timeZone,
    portalOptions: portals,
    preselected: portals.filter((p) => p.id === portalId).map((p) => p.id),
  };
}
