import "server-only";
import type { z } from "zod";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { apiRateLimitPerMinute } from "@/lib/config/env";
import { NotFoundError, StaleSelectionError, ValidationError } from "@/lib/errors/domain-errors";
import { clientOf } from "@/lib/http/client";
import type { Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { logger } from "@/lib/logging/logger";
import { consumeRateLimit } from "@/lib/rate-limit/fixed-window";
import { etagListed, PreconditionFailedError } from "./etag";
import type { Operation, OperationResult } from "./operation";
import {
  apiResponseHeaders,
  fieldProblem,
  type FieldProblem,
  type ProblemKind,
  problemResponse,
  zodFieldProblems,
} from "./problem";
import { principalOfToken } from "./token-principal";
import { bearerSecret } from "./token-secret";

/** The largest request body the API reads: a 5,000-agent bulk create with long fields fits. */
const MAX_API_BODY_BYTES = 5 * 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** How a protocol on top of this runtime (REST, SCIM) answers problems in its own format. */
export type ProblemWriter = (
  locale: Locale,
  kind: ProblemKind,
  extra: { errors?: FieldProblem[]; headers?: Record<string, string> },
) => Response;

class RequestProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly errors?: FieldProblem[],
  ) {
    super(kind);
  }
}

async function readJsonBody(request: Request, locale: Locale): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new RequestProblem("unsupportedMediaType");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_API_BODY_BYTES)
    throw new RequestProblem("payloadTooLarge");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_API_BODY_BYTES) throw new RequestProblem("payloadTooLarge");
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestProblem("invalidJson", [fieldProblem(locale, "", "invalidJson")]);
  }
}

/**
 * Parses path, query and body with the operation's schemas; every fault of all three is named in
 * one answer, not one part per round trip.
 */
async function parseInput(operation: Operation, request: Request, context: RouteContext, locale: Locale) {
  const problems: FieldProblem[] = [];
  const parse = (schema: z.ZodType | undefined, value: unknown, root: string): unknown => {
    if (!schema) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    problems.push(...zodFieldProblems(locale, parsed.error, root));
    return undefined;
  };
  const params = parse(operation.params, await context.params, "/path");
  const query = parse(operation.query, Object.fromEntries(new URL(request.url).searchParams), "/query");
  const body = operation.body ? parse(operation.body, await readJsonBody(request, locale), "") : undefined;
  if (problems.length > 0) throw new RequestProblem("validation", problems);
  return { params, query, body };
}

/** Domain failures in API terms; anything else is a fault of ours, logged and answered 500. */
function problemOf(error: unknown, locale: Locale): RequestProblem {
  if (error instanceof RequestProblem) return error;
  if (error instanceof NotFoundError) return new RequestProblem("notFound");
  if (error instanceof PreconditionFailedError) return new RequestProblem("preconditionFailed");
  if (error instanceof StaleSelectionError) return new RequestProblem("conflict");
  if (error instanceof ValidationError) {
    return new RequestProblem(
      "validation",
      Object.entries(error.fieldErrors).map(([field, code]) =>
        fieldProblem(locale, `/${field.replaceAll(".", "/")}`, code),
      ),
    );
  }
  logger.error({ err: error }, "API request failed");
  return new RequestProblem("internal");
}

/** Counts the request against its token's minute; null when allowed, else the seconds to wait. */
async function rateLimited(actor: Principal): Promise<number | null> {
  const decision = await inTransaction((tx) =>
    consumeRateLimit(tx, {
      scope: "api",
      id: actor.apiToken!.id,
      rule: { limit: apiRateLimitPerMinute(), windowMs: 60_000 },
    }),
  );
  return decision.allowed ? null : Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
}

/** Every call leaves a line in the Protokoll: which token, what it asked, what it got. */
async function auditCall(actor: Principal, request: Request, status: number) {
  const url = new URL(request.url);
  await inTransaction((tx) =>
    writeAudit(tx, {
      actor,
      action: "api.called",
      targetType: "apiToken",
      targetId: actor.apiToken!.id,
      summary: { method: request.method, path: url.pathname + url.search, status },
      client: clientOf(request.headers),
    }),
  ).catch((error: unknown) => logger.error({ err: error }, "API call not audited"));
}

function jsonResponse(result: OperationResult, locale: Locale): Response {
  const status = result.status ?? 200;
  const headers: Record<string, string> = {
    ...apiResponseHeaders(locale),
    ...(result.etag ? { etag: result.etag } : {}),
    ...result.headers,
  };
  if (result.body === undefined) return new Response(null, { status: status === 200 ? 204 : status, headers });
  headers["content-type"] = `${result.contentType ?? "application/json"}; charset=utf-8`;
  return new Response(JSON.stringify(result.body), { status, headers });
}

/**
 * The route handler of an operation: authenticates the bearer token, counts the request against
 * the token's rate limit, parses path, query and body with the operation's schemas, runs it, and
 * answers domain failures as problems in the caller's language. `writeProblem` lets SCIM answer
 * in its own error format.
 */
export function apiRoute(operation: Operation, writeProblem: ProblemWriter = problemResponse) {
  return async function handle(request: Request, context: RouteContext): Promise<Response> {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const secret = bearerSecret(request.headers.get("authorization"));
    const actor = secret ? await principalOfToken(secret) : null;
    if (!actor) {
      return writeProblem(locale, "unauthorized", {
        headers: { "www-authenticate": `Bearer realm="lotse"${secret ? ', error="invalid_token"' : ""}` },
      });
    }
    const wait = await rateLimited(actor);
    if (wait !== null) {
      await auditCall(actor, request, 429);
      return writeProblem(locale, "rateLimited", { headers: { "retry-after": String(wait) } });
    }
    let response: Response;
    try {
      const result = await operation.handle({
        actor,
        ...(await parseInput(operation, request, context, locale)),
        locale,
        ifMatch: request.headers.get("if-match"),
        request,
      });
      const notModified =
        request.method === "GET" && result.etag && etagListed(request.headers.get("if-none-match"), result.etag);
      response = notModified
        ? new Response(null, { status: 304, headers: { etag: result.etag!, "cache-control": "no-store" } })
        : jsonResponse(result, locale);
    } catch (error) {
      const problem = problemOf(error, locale);
      response = writeProblem(locale, problem.kind, { errors: problem.errors });
    }
    await auditCall(actor, request, response.status);
    return response;
  };
}
