import "server-only";
import { getPortalDirectoryEntry } from "@/lib/portals/portal-directory";
import { defineGetOperation } from "../get-operation";
import { portalRepresentation } from "./portal-representation";
import { portalIdParams, portalSchema } from "./portal-schemas";

/** GET /portals/{portalId}: one portal with its sub-portals and their teams. */
export const apiGetPortal = defineGetOperation({
  path: "/portals/{portalId}",
  operationId: "getPortal",
  summary: "Get a portal",
  description: "The portal with its sub-portals and the teams assigned to each. Read-only.",
  tags: ["Portals"],
  params: portalIdParams,
  found: { description: "The portal.", schema: portalSchema },
  load: async (actor, params) => portalRepresentation(await getPortalDirectoryEntry(actor, params.portalId)),
});
