import "server-only";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getSubPortal } from "@/lib/portals/sub-portals";

export type SubPortalPageParams = Promise<{ id: string; subId: string }>;

/** What a sub-portal's pages and their titles start from: the manager and the sub-portal of the address (404 when it is not one they see). */
export async function subPortalOfPage(params: SubPortalPageParams) {
  const actor = await requirePrincipal("manager");
  const { id, subId } = await params;
  return { actor, id, subId, details: await orNotFound(getSubPortal(actor, id, subId)) };
}
