import "server-only";
import type { Operation } from "@/lib/api/operation";
import {
  scimGetResourceType,
  scimGetSchema,
  scimListResourceTypes,
  scimListSchemas,
  scimServiceProviderConfig,
} from "./scim-discovery-operations";
import {
  scimCreateGroup,
  scimDeleteGroup,
  scimGetGroup,
  scimListGroups,
  scimPatchGroup,
  scimReplaceGroup,
} from "./scim-group-operations";
import {
  scimCreateUser,
  scimDeleteUser,
  scimGetUser,
  scimListUsers,
  scimPatchUser,
  scimReplaceUser,
} from "./scim-user-operations";

/**
 * Every operation of /scim/v2 (paths relative to it). They run on the REST API's runtime with the
 * SCIM error format (lib/scim/scim-problem.ts) but are not part of /api/v1 or its OpenAPI document:
 * SCIM is described by its own discovery endpoints. A test holds the route files to this list.
 */
export const SCIM_OPERATIONS = [
  scimServiceProviderConfig,
  scimListSchemas,
  scimGetSchema,
  scimListResourceTypes,
  scimGetResourceType,
  scimListUsers,
  scimGetUser,
  scimCreateUser,
  scimReplaceUser,
  scimPatchUser,
  scimDeleteUser,
  scimListGroups,
  scimGetGroup,
  scimCreateGroup,
  scimReplaceGroup,
  scimPatchGroup,
  scimDeleteGroup,
] as unknown as readonly Operation[];
