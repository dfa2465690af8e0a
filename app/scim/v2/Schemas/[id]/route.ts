import { scimRoute } from "@/lib/scim/scim-route";
import { scimGetSchema } from "@/lib/scim/scim-discovery-operations";

export const GET = scimRoute(scimGetSchema);
