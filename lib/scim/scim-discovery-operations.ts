import "server-only";
import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scimResourceTypes, scimSchemas, serviceProviderConfig } from "./scim-discovery";
import { listResponse } from "./scim-list";
import { SCIM_CONTENT_TYPE } from "./scim-schemas";

const tags = ["SCIM"];
const idParams = z.object({ id: z.string().min(1).max(200) });
const scim = (body: unknown) => ({ body, contentType: SCIM_CONTENT_TYPE });

function byId<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new NotFoundError("scim");
  return item;
}

export const scimServiceProviderConfig = defineOperation({
  method: "GET",
  path: "/ServiceProviderConfig",
  operationId: "scimServiceProviderConfig",
  summary: "What this SCIM service supports",
  tags,
  responses: { 200: { description: "The configuration." } },
  async handle() {
    return scim(serviceProviderConfig());
  },
});

export const scimListSchemas = defineOperation({
  method: "GET",
  path: "/Schemas",
  operationId: "scimListSchemas",
  summary: "The User and Group schemas as supported",
  tags,
  responses: { 200: { description: "A ListResponse." } },
  async handle() {
    const schemas = scimSchemas();
    return scim(listResponse(schemas, schemas.length, 1));
  },
});

export const scimGetSchema = defineOperation({
  method: "GET",
  path: "/Schemas/{id}",
  operationId: "scimGetSchema",
  summary: "One schema",
  tags,
  params: idParams,
  responses: { 200: { description: "The schema." } },
  async handle({ params }) {
    return scim(byId(scimSchemas(), params.id));
  },
});

export const scimListResourceTypes = defineOperation({
  method: "GET",
  path: "/ResourceTypes",
  operationId: "scimListResourceTypes",
  summary: "User and Group",
  tags,
  responses: { 200: { description: "A ListResponse." } },
  async handle() {
    const types = scimResourceTypes();
    return scim(listResponse(types, types.length, 1));
  },
});

export const scimGetResourceType = defineOperation({
  method: "GET",
  path: "/ResourceTypes/{id}",
  operationId: "scimGetResourceType",
  summary: "One resource type",
  tags,
  params: idParams,
  responses: { 200: { description: "The resource type." } },
  async handle({ params }) {
    return scim(byId(scimResourceTypes(), params.id));
  },
});
