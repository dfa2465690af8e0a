import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { Operation } from "./operation";
import { PROBLEMS, type ProblemKind } from "./problem";

const fieldProblemSchema = z.object({
  pointer: z.string().meta({ description: "A JSON pointer to the field: into the body, or /path/… and /query/…." }),
  code: z.string().meta({ description: "A stable code for programs, e.g. `loginIdTaken`." }),
  detail: z.string().meta({ description: "The same in words, in the language of Accept-Language." }),
});

/** RFC 9457 problem details, as every failure of the API answers. */
const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URN naming the problem, e.g. `urn:lotse:problem:validation`." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(fieldProblemSchema).optional(),
  })
  .meta({ id: "Problem" });

const PROBLEM_RESPONSES: Partial<Record<ProblemKind, string>> = {
  unauthorized: "No token, or one that is unknown, revoked or expired.",
  notFound: "No such resource, or one outside the token's scope.",
  rateLimited: "Too many requests with this token; `Retry-After` says when to try again.",
};

function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const headers = operation.conditional
    ? z.object({
        "if-match": z
          .string()
          .optional()
          .meta({ description: "The ETag read before; the change is refused with 412 when it no longer matches." }),
      })
    : undefined;
  const problems = {
    ...PROBLEM_RESPONSES,
    ...(operation.body || operation.query || operation.params
      ? { validation: "Invalid input; `errors` names each field." }
      : {}),
    ...(operation.conditional
      ? { preconditionFailed: "The resource changed since the ETag in If-Match was read." }
      : {}),
  };
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: operation.tags,
    requestParams: {
      ...(operation.params ? { path: operation.params as z.ZodObject } : {}),
      ...(operation.query ? { query: operation.query as z.ZodObject } : {}),
      ...(headers ? { header: headers } : {}),
    },
    ...(operation.body
      ? { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } }
      : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(operation.responses).map(([status, spec]) => [
          status,
          {
            description: spec.description,
            ...(spec.schema ? { content: { "application/json": { schema: spec.schema } } } : {}),
          },
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(problems).map(([kind, description]) => [
          String(PROBLEMS[kind as ProblemKind]),
          { description, content: { "application/problem+json": { schema: problemSchema } } },
        ]),
      ),
    },
  };
}

/** An OpenAPI 3.1 document of the given operations, generated from the schemas that parse their input. */
export function openApiDocument(
  operations: readonly Operation[],
  info: { title: string; version: string; description: string },
  serverUrl: string,
) {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    const path = (paths[operation.path] ??= {});
    path[operation.method.toLowerCase() as "get"] = operationObject(operation);
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info,
      servers: [{ url: serverUrl }],
      security: [{ bearerToken: [] }],
      components: {
        securitySchemes: {
          bearerToken: {
            type: "http",
            scheme: "bearer",
            description: "A personal API token of an API manager (Management Center › API).",
          },
        },
      },
      paths,
    },
    // Only schemas with `.meta({ id })` become components; "ref" made every schema met twice one of
    // its own, named __schema0, __schema1 … (zod-openapi 6).
    { reused: "inline" },
  );
}
