import "server-only";
import { z } from "zod";
import { listPortalDirectory } from "@/lib/portals/portal-directory";
import { cursorKey, pageOf, pageQuery, pageSchema } from "../../cursor";
import { defineOperation } from "../../operation";
import { portalRepresentation } from "./portal-representation";
import { portalSchema } from "./portal-schemas";

const portalPageSchema = pageSchema(portalSchema).meta({ id: "PortalPage" });

/** GET /portals: the page "Portale" for programs — read only (decision record 28). */
export const apiListPortals = defineOperation({
  method: "GET",
  path: "/portals",
  operationId: "listPortals",
  summary: "List the portals",
  description:
    "Every portal with its sub-portals and the teams assigned to each, in name order, paged by cursor. Portals are read-only through the API; teams are assigned with `PATCH /teams/{teamId}`.",
  tags: ["Portals"],
  query: z.object(pageQuery),
  responses: { 200: { description: "A page of portals.", schema: portalPageSchema } },
  async handle({ actor, query }) {
    const cursor = cursorKey(query.cursor, 2);
    const rows = await listPortalDirectory(actor, {
      after: cursor as [string, string] | undefined,
      take: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, (portal) => [portal.name, portal.id]);
    const body: z.output<typeof portalPageSchema> = {
      data: page.data.map(portalRepresentation),
      nextCursor: page.nextCursor,
    };
    return { body };
  },
});
