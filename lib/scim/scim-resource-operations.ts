import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { defineOperation } from "@/lib/api/operation";
import { listResponse, projected, scimListQuery, type ScimListQuery } from "./scim-list";
import { scimPatchBody } from "./scim-patch-ops";
import { SCIM_CONTENT_TYPE } from "./scim-schemas";

const idParams = z.object({ id: z.string().min(1).max(100) });
const tags = ["SCIM"];

type ScimResource = Record<string, unknown> & { meta: { version: string; location: string } };
type PatchOperations = z.output<typeof scimPatchBody>["Operations"];

type ScimResourceSpec<R extends ScimResource, B extends z.ZodType> = {
  /** The resource type's name ("User"); its endpoint and operation ids add an "s" ("/Users", "scimListUsers"). */
  type: "User" | "Group";
  body: B;
  summaries: Record<"list" | "get" | "create" | "replace" | "patch" | "delete", string>;
  list: (actor: Principal, query: ScimListQuery) => Promise<{ total: number; startIndex: number; resources: R[] }>;
  find: (actor: Principal, id: string) => Promise<R>;
  create: (actor: Principal, body: z.output<B>) => Promise<R>;
  replace: (actor: Principal, id: string, body: z.output<B>, ifMatch: string | null) => Promise<R>;
  patch: (actor: Principal, id: string, operations: PatchOperations, ifMatch: string | null) => Promise<R>;
  remove: (actor: Principal, id: string) => Promise<void>;
};

/** A resource answer: application/scim+json with the version as its ETag (and its Location when new). */
function resourceResult(resource: ScimResource, status = 200) {
  return {
    status,
    body: resource,
    etag: resource.meta.version,
    contentType: SCIM_CONTENT_TYPE,
    ...(status === 201 ? { headers: { location: resource.meta.location } } : {}),
  };
}

/**
 * The six operations of one SCIM resource type (RFC 7644 §3): list, get, create, replace, patch and
 * delete answer alike for Users and Groups; only the domain calls and the summaries differ.
 */
export function scimResourceOperations<R extends ScimResource, B extends z.ZodType>(spec: ScimResourceSpec<R, B>) {
  const { type, body, summaries } = spec;
  const collection = `/${type}s`;
  const item = `${collection}/{id}`;
  return {
    list: defineOperation({
      method: "GET",
      path: collection,
      operationId: `scimList${type}s`,
      summary: summaries.list,
      tags,
      query: scimListQuery,
      responses: { 200: { description: "A ListResponse." } },
      async handle({ actor, query }) {
        const { total, startIndex, resources } = await spec.list(actor, query);
        return {
          body: listResponse(
            resources.map((resource) => projected(resource, query)),
            total,
            startIndex,
          ),
          contentType: SCIM_CONTENT_TYPE,
        };
      },
    }),
    get: defineOperation({
      method: "GET",
      path: item,
      operationId: `scimGet${type}`,
      summary: summaries.get,
      tags,
      params: idParams,
      query: scimListQuery.pick({ attributes: true, excludedAttributes: true }),
      responses: { 200: { description: `The ${type}.` } },
      async handle({ actor, params, query }) {
        const resource = await spec.find(actor, params.id);
        return { ...resourceResult(resource), body: projected(resource, query) };
      },
    }),
    create: defineOperation({
      method: "POST",
      path: collection,
      operationId: `scimCreate${type}`,
      summary: summaries.create,
      tags,
      body,
      responses: { 201: { description: `The new ${type}.` } },
      async handle({ actor, body }) {
        return resourceResult(await spec.create(actor, body), 201);
      },
    }),
    replace: defineOperation({
      method: "PUT",
      path: item,
      operationId: `scimReplace${type}`,
      summary: summaries.replace,
      tags,
      params: idParams,
      body,
      conditional: true,
      responses: { 200: { description: `The ${type}.` } },
      async handle({ actor, params, body, ifMatch }) {
        return resourceResult(await spec.replace(actor, params.id, body, ifMatch));
      },
    }),
    patch: defineOperation({
      method: "PATCH",
      path: item,
      operationId: `scimPatch${type}`,
      summary: summaries.patch,
      tags,
      params: idParams,
      body: scimPatchBody,
      conditional: true,
      responses: { 200: { description: `The ${type}.` } },
      async handle({ actor, params, body, ifMatch }) {
        return resourceResult(await spec.patch(actor, params.id, body.Operations, ifMatch));
      },
    }),
    delete: defineOperation({
      method: "DELETE",
      path: item,
      operationId: `scimDelete${type}`,
      summary: summaries.delete,
      tags,
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      async handle({ actor, params }) {
        await spec.remove(actor, params.id);
        return { status: 204 };
      },
    }),
  };
}
