import "server-only";
import { findScimGroup, listScimGroups } from "./scim-group";
import { createScimGroup, deleteScimGroup, patchScimGroup, replaceScimGroup, scimGroupBody } from "./scim-group-writes";
import { scimResourceOperations } from "./scim-resource-operations";

export const {
  list: scimListGroups,
  get: scimGetGroup,
  create: scimCreateGroup,
  replace: scimReplaceGroup,
  patch: scimPatchGroup,
  delete: scimDeleteGroup,
} = scimResourceOperations({
  type: "Group",
  body: scimGroupBody,
  summaries: {
    list: "Teams as SCIM Groups, filtered and paged",
    get: "One team as a SCIM Group",
    create: "Creates a top-level team",
    replace: "Renames a team and, when members are given, sets them",
    patch: "Adds or removes members (moves agents in or out) and renames a team",
    delete: "Deletes a team with its sub-teams; its agents stay, without a team",
  },
  async list(actor, query) {
    const { groups, ...page } = await listScimGroups(actor, query);
    return { ...page, resources: groups };
  },
  find: findScimGroup,
  create: createScimGroup,
  replace: replaceScimGroup,
  patch: patchScimGroup,
  remove: deleteScimGroup,
});
