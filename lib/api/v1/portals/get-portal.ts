import "server-only";
import { getPortalDirectoryEntry } from "@/lib/portals/portal-directory";
import { etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { portalRepresentation } from "./portal-representation";
import { portalIdParams, portalSchema } from "./portal-schemas";

/** GET /portals/{portalId}: one portal with its sub-portals and their teams. */
export const apiGetPortal = defineOperation({
  method: "GET",
  path: "/portals/{portalId}",
  operationId: "getPortal",
  summary: "Get a portal",
  description: "The portal with its sub-portals and the teams assigned to each. Read-only.",
  tags: ["Portals"],
  params: portalIdParams,
  responses: { 200: { description: "The portal.", schema: portalSchema } },
  async handle({ actor, params }) {
    const body = portalRepresentation(await getPortalDirectoryEntry(actor, params.portalId));
    return { body, etag: etagOf(body) };
  },
});
