import { scimRoute } from "@/lib/scim/scim-route";
import { scimListUsers, scimCreateUser } from "@/lib/scim/scim-user-operations";

export const GET = scimRoute(scimListUsers);
export const POST = scimRoute(scimCreateUser);
