import { scimRoute } from "@/lib/scim/scim-route";
import { scimListGroups, scimCreateGroup } from "@/lib/scim/scim-group-operations";

export const GET = scimRoute(scimListGroups);
export const POST = scimRoute(scimCreateGroup);
