// Calls route handlers the way Next does — a Request, and the route folder's params — for the tests
// of /api/v1 and /scim/v2 (real SQLite, no server). One core; the API and SCIM clients wrap it.
import { createApiTokenRecord, createUserRecord } from "@/prisma/factories";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

export type HandlerCall = {
  method: keyof RouteModule;
  url: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The bearer token; null sends none. */
  secret: string | null;
  /** The body's media type when there is one (SCIM's clients send application/scim+json). */
  contentType?: string;
};

export type HandlerAnswer = {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads any JSON it is given
  json: any;
};

/** Calls one exported handler of a route file and reads its JSON answer (if any). */
export async function callHandler(route: RouteModule, call: HandlerCall): Promise<HandlerAnswer> {
  const handler = route[call.method];
  if (!handler) throw new Error(`the route exports no ${call.method}`);
  const response = await handler(
    new Request(call.url, {
      method: call.method,
      headers: {
        "accept-language": "en",
        ...(call.secret ? { authorization: `Bearer ${call.secret}` } : {}),
        ...(call.body === undefined ? {} : { "content-type": call.contentType ?? "application/json" }),
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }),
    { params: Promise.resolve(call.params ?? {}) },
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

export type Call = {
  method?: keyof RouteModule;
  /** The path below /api/v1, with its query. */
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

/** A route file's exported handlers, called with `secret` as the bearer token. */
function apiClient(secret: string) {
  return (route: Record<string, unknown>, { method = "GET", path, params, body, headers }: Call) =>
    callHandler(route as RouteModule, {
      method,
      url: `http://lotse.test/api/v1${path}`,
      params,
      body,
      headers,
      secret,
    });
}

/** An API manager with a live token, and a client for it. */
export async function apiManagerClient() {
  const user = await createUserRecord({ kind: "manager", role: "api", name: "Provisioning" });
  const { secret } = await createApiTokenRecord({ userId: user.id, name: "Test script" });
  return { user, secret, call: apiClient(secret) };
}
