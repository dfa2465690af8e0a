import { scimRoute } from "@/lib/scim/scim-route";
import { scimServiceProviderConfig } from "@/lib/scim/scim-discovery-operations";

export const GET = scimRoute(scimServiceProviderConfig);
