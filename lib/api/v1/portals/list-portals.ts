import "server-only";
import { listPortalDirectory } from "@/lib/portals/portal-directory";
import { defineListOperation } from "../list-operation";
import { portalRepresentation } from "./portal-representation";
import { portalSchema } from "./portal-schemas";

/** GET /portals: the page "Portale" for programs — read only (decision record 28). */
export const apiListPortals = defineListOperation({
  path: "/portals",
  operationId: "listPortals",
  summary: "List the portals",
  description:
    "Every portal with its sub-portals and the teams assigned to each, in name order, paged by cursor. Portals are read-only through the API; teams are assigned with `PATCH /teams/{teamId}`.",
  tags: ["Portals"],
  item: portalSchema,
  pageId: "PortalPage",
  found: "A page of portals.",
  load: (actor, _query, after, take) =>
    listPortalDirectory(actor, { after: after as [string, string] | undefined, take }),
  keyOf: (portal) => [portal.name, portal.id],
  keyParts: 2,
  represent: portalRepresentation,
});
