import "server-only";
import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { findScimGroup, listScimGroups, type ScimGroup } from "./scim-group";
import { createScimGroup, deleteScimGroup, patchScimGroup, replaceScimGroup, scimGroupBody } from "./scim-group-writes";
import { listResponse, projected, scimListQuery } from "./scim-list";
import { scimPatchBody } from "./scim-patch-ops";
import { SCIM_CONTENT_TYPE } from "./scim-schemas";

const idParams = z.object({ id: z.string().min(1).max(100) });
const tags = ["SCIM"];

function groupResult(group: ScimGroup, status = 200) {
  return {
    status,
    body: group,
    etag: group.meta.version,
    contentType: SCIM_CONTENT_TYPE,
    ...(status === 201 ? { headers: { location: group.meta.location } } : {}),
  };
}

export const scimListGroups = defineOperation({
  method: "GET",
  path: "/Groups",
  operationId: "scimListGroups",
  summary: "Teams as SCIM Groups, filtered and paged",
  tags,
  query: scimListQuery,
  responses: { 200: { description: "A ListResponse." } },
  async handle({ actor, query }) {
    const { total, startIndex, groups } = await listScimGroups(actor, query);
    return {
      body: listResponse(
        groups.map((group) => projected(group, query)),
        total,
        startIndex,
      ),
      contentType: SCIM_CONTENT_TYPE,
    };
  },
});

export const scimGetGroup = defineOperation({
  method: "GET",
  path: "/Groups/{id}",
  operationId: "scimGetGroup",
  summary: "One team as a SCIM Group",
  tags,
  params: idParams,
  query: scimListQuery.pick({ attributes: true, excludedAttributes: true }),
  responses: { 200: { description: "The Group." } },
  async handle({ actor, params, query }) {
    const group = await findScimGroup(actor, params.id);
    return { ...groupResult(group), body: projected(group, query) };
  },
});

export const scimCreateGroup = defineOperation({
  method: "POST",
  path: "/Groups",
  operationId: "scimCreateGroup",
  summary: "Creates a top-level team",
  tags,
  body: scimGroupBody,
  responses: { 201: { description: "The new Group." } },
  async handle({ actor, body }) {
    return groupResult(await createScimGroup(actor, body), 201);
  },
});

export const scimReplaceGroup = defineOperation({
  method: "PUT",
  path: "/Groups/{id}",
  operationId: "scimReplaceGroup",
  summary: "Renames a team and, when members are given, sets them",
  tags,
  params: idParams,
  body: scimGroupBody,
  conditional: true,
  responses: { 200: { description: "The Group." } },
  async handle({ actor, params, body, ifMatch }) {
    return groupResult(await replaceScimGroup(actor, params.id, body, ifMatch));
  },
});

export const scimPatchGroup = defineOperation({
  method: "PATCH",
  path: "/Groups/{id}",
  operationId: "scimPatchGroup",
  summary: "Adds or removes members (moves agents in or out) and renames a team",
  tags,
  params: idParams,
  body: scimPatchBody,
  conditional: true,
  responses: { 200: { description: "The Group." } },
  async handle({ actor, params, body, ifMatch }) {
    return groupResult(await patchScimGroup(actor, params.id, body.Operations, ifMatch));
  },
});

export const scimDeleteGroup = defineOperation({
  method: "DELETE",
  path: "/Groups/{id}",
  operationId: "scimDeleteGroup",
  summary: "Deletes a team with its sub-teams; its agents stay, without a team",
  tags,
  params: idParams,
  responses: { 204: { description: "Deleted." } },
  async handle({ actor, params }) {
    await deleteScimGroup(actor, params.id);
    return { status: 204 };
  },
});
