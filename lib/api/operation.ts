import type { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import type { Locale } from "@/lib/i18n/locales";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a handler receives: the acting principal (an API manager through a token) and parsed input. */
export type OperationInput<P, Q, B> = {
  actor: Principal;
  params: P;
  query: Q;
  body: B;
  locale: Locale;
  /** The If-Match header, for conditional updates (lib/api/etag.ts). */
  ifMatch: string | null;
  request: Request;
};

/** What a handler answers; the route turns it into JSON with an ETag when one is given. */
export type OperationResult = {
  status?: number;
  body?: unknown;
  etag?: string;
  headers?: Record<string, string>;
  /** A media type other than JSON (SCIM answers application/scim+json). */
  contentType?: string;
};

export type ResponseSpec = { description: string; schema?: z.ZodType; headers?: Record<string, string> };

/**
 * One API operation: the single source of its route handler and of its part of the OpenAPI document
 * (lib/api/v1/openapi.ts), so the two cannot disagree. `path` is relative to the API's base, with
 * OpenAPI's `{param}` placeholders named like the route folder's `[param]`.
 */
export type Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Whether the operation honours If-Match (documented as a header parameter). */
  conditional?: boolean;
  responses: Record<number, ResponseSpec>;
  handle: (input: OperationInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<OperationResult>;
};

/** Declares an operation with its handler's input types inferred from its schemas. */
export function defineOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  operation: Operation<P, Q, B>,
): Operation<P, Q, B> {
  return operation;
}
