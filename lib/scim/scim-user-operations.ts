import "server-only";
import { scimResourceOperations } from "./scim-resource-operations";
import { findScimUser, listScimUsers } from "./scim-user";
import { createScimUser, deleteScimUser, patchScimUser, replaceScimUser, scimUserBody } from "./scim-user-writes";

export const {
  list: scimListUsers,
  get: scimGetUser,
  create: scimCreateUser,
  replace: scimReplaceUser,
  patch: scimPatchUser,
  delete: scimDeleteUser,
} = scimResourceOperations({
  type: "User",
  body: scimUserBody,
  summaries: {
    list: "Agents as SCIM Users, filtered and paged",
    get: "One agent as a SCIM User",
    create: "Creates an agent (without a team until a group takes them)",
    replace: "Replaces an agent's SCIM attributes",
    patch: "Changes an agent with PATCH operations (e.g. active=false deactivates the login)",
    delete: "Deletes an agent",
  },
  async list(actor, query) {
    const { users, ...page } = await listScimUsers(actor, query);
    return { ...page, resources: users };
  },
  find: findScimUser,
  create: createScimUser,
  replace: replaceScimUser,
  patch: patchScimUser,
  remove: deleteScimUser,
});
