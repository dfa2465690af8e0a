import { scimRoute } from "@/lib/scim/scim-route";
import { scimGetUser, scimReplaceUser, scimPatchUser, scimDeleteUser } from "@/lib/scim/scim-user-operations";

export const GET = scimRoute(scimGetUser);
export const PUT = scimRoute(scimReplaceUser);
export const PATCH = scimRoute(scimPatchUser);
export const DELETE = scimRoute(scimDeleteUser);
