import { scimRoute } from "@/lib/scim/scim-route";
import { scimListSchemas } from "@/lib/scim/scim-discovery-operations";

export const GET = scimRoute(scimListSchemas);
