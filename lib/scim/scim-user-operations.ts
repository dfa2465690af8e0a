import "server-only";
import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { listResponse, projected, scimListQuery } from "./scim-list";
import { scimPatchBody } from "./scim-patch-ops";
import { SCIM_CONTENT_TYPE } from "./scim-schemas";
import { findScimUser, listScimUsers, type ScimUser } from "./scim-user";
import { createScimUser, deleteScimUser, patchScimUser, replaceScimUser, scimUserBody } from "./scim-user-writes";

const idParams = z.object({ id: z.string().min(1).max(100) });
const tags = ["SCIM"];

/** A User answer: application/scim+json with the version as its ETag. */
function userResult(user: ScimUser, status = 200) {
  return {
    status,
    body: user,
    etag: user.meta.version,
    contentType: SCIM_CONTENT_TYPE,
    ...(status === 201 ? { headers: { location: user.meta.location } } : {}),
  };
}

export const scimListUsers = defineOperation({
  method: "GET",
  path: "/Users",
  operationId: "scimListUsers",
  summary: "Agents as SCIM Users, filtered and paged",
  tags,
  query: scimListQuery,
  responses: { 200: { description: "A ListResponse." } },
  async handle({ actor, query }) {
    const { total, startIndex, users } = await listScimUsers(actor, query);
    return {
      body: listResponse(
        users.map((user) => projected(user, query)),
        total,
        startIndex,
      ),
      contentType: SCIM_CONTENT_TYPE,
    };
  },
});

export const scimGetUser = defineOperation({
  method: "GET",
  path: "/Users/{id}",
  operationId: "scimGetUser",
  summary: "One agent as a SCIM User",
  tags,
  params: idParams,
  query: scimListQuery.pick({ attributes: true, excludedAttributes: true }),
  responses: { 200: { description: "The User." } },
  async handle({ actor, params, query }) {
    const user = await findScimUser(actor, params.id);
    return { ...userResult(user), body: projected(user, query) };
  },
});

export const scimCreateUser = defineOperation({
  method: "POST",
  path: "/Users",
  operationId: "scimCreateUser",
  summary: "Creates an agent (without a team until a group takes them)",
  tags,
  body: scimUserBody,
  responses: { 201: { description: "The new User." } },
  async handle({ actor, body }) {
    return userResult(await createScimUser(actor, body), 201);
  },
});

export const scimReplaceUser = defineOperation({
  method: "PUT",
  path: "/Users/{id}",
  operationId: "scimReplaceUser",
  summary: "Replaces an agent's SCIM attributes",
  tags,
  params: idParams,
  body: scimUserBody,
  conditional: true,
  responses: { 200: { description: "The User." } },
  async handle({ actor, params, body, ifMatch }) {
    return userResult(await replaceScimUser(actor, params.id, body, ifMatch));
  },
});

export const scimPatchUser = defineOperation({
  method: "PATCH",
  path: "/Users/{id}",
  operationId: "scimPatchUser",
  summary: "Changes an agent with PATCH operations (e.g. active=false deactivates the login)",
  tags,
  params: idParams,
  body: scimPatchBody,
  conditional: true,
  responses: { 200: { description: "The User." } },
  async handle({ actor, params, body, ifMatch }) {
    return userResult(await patchScimUser(actor, params.id, body.Operations, ifMatch));
  },
});

export const scimDeleteUser = defineOperation({
  method: "DELETE",
  path: "/Users/{id}",
  operationId: "scimDeleteUser",
  summary: "Deletes an agent",
  tags,
  params: idParams,
  responses: { 204: { description: "Deleted." } },
  async handle({ actor, params }) {
    await deleteScimUser(actor, params.id);
    return { status: 204 };
  },
});
