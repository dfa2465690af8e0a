import { scimRoute } from "@/lib/scim/scim-route";
import { scimGetGroup, scimReplaceGroup, scimPatchGroup, scimDeleteGroup } from "@/lib/scim/scim-group-operations";

export const GET = scimRoute(scimGetGroup);
export const PUT = scimRoute(scimReplaceGroup);
export const PATCH = scimRoute(scimPatchGroup);
export const DELETE = scimRoute(scimDeleteGroup);
