import { z } from "zod";
import { PORTAL_TYPES } from "@/lib/portals/portal-types";

export const portalIdParams = z.object({
  portalId: z.string().min(1).max(100).meta({ description: "The portal's id." }),
});

const subPortalSchema = z
  .object({
    id: z.string().meta({ description: "What `subPortalIds` of a team takes." }),
    name: z.string(),
    slug: z.string().meta({ description: "The address part: `/p/<portal>/<slug>`." }),
    teamIds: z.array(z.string()).meta({ description: "The teams whose agents receive this sub-portal's requests." }),
  })
  .meta({ id: "SubPortal" });

export const portalSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string().meta({ description: "The address: `/p/<slug>`." }),
    type: z.enum(PORTAL_TYPES),
    queueMode: z.boolean().meta({ description: "Requests are queued in arrival order instead of broadcast." }),
    open: z.boolean().meta({ description: "Whether customers can send requests now (business hours, holidays)." }),
    closedReason: z
      .enum(["hours", "holiday"])
      .nullable()
      .meta({ description: "Why it is closed now; null while open." }),
    subPortals: z.array(subPortalSchema),
  })
  .meta({ id: "Portal" });

export type PortalRepresentation = z.output<typeof portalSchema>;
