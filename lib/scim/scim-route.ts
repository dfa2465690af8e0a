import "server-only";
import { apiRoute } from "@/lib/api/api-route";
import type { z } from "zod";
import type { Operation } from "@/lib/api/operation";
import { scimProblem } from "./scim-problem";

/** A SCIM route handler: the API's runtime (token, rate limit, audit) answering SCIM errors. */
export function scimRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  operation: Operation<P, Q, B>,
) {
  return apiRoute(operation as unknown as Operation, scimProblem);
}
