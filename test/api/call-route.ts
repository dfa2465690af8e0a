// Calls /api/v1 route handlers the way Next does: a Request, and the route folder's params.
import { createApiTokenRecord, createUserRecord } from "@/prisma/factories";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type Call = {
  method?: string;
  /** The path below /api/v1, with its query. */
  path: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

/** A route file's exported handlers, called with `secret` as the bearer token. */
export function apiClient(secret: string) {
  return async function call(
    route: Record<string, unknown>,
    { method = "GET", path, params = {}, body, headers }: Call,
  ) {
    const handler = route[method] as Handler | undefined;
    if (!handler) throw new Error(`the route exports no ${method}`);
    const response = await handler(
      new Request(`http://lotse.test/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${secret}`,
          "accept-language": "en",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads any JSON it is given
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json };
  };
}

/** An API manager with a live token, and a client for it. */
export async function apiManagerClient() {
  const user = await createUserRecord({ kind: "manager", role: "api", name: "Provisioning" });
  const { secret } = await createApiTokenRecord({ userId: user.id, name: "Test script" });
  return { user, secret, call: apiClient(secret) };
}
