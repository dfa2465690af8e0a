import { scimRoute } from "@/lib/scim/scim-route";
import { scimGetResourceType } from "@/lib/scim/scim-discovery-operations";

export const GET = scimRoute(scimGetResourceType);
