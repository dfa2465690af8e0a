import { scimRoute } from "@/lib/scim/scim-route";
import { scimListResourceTypes } from "@/lib/scim/scim-discovery-operations";

export const GET = scimRoute(scimListResourceTypes);
