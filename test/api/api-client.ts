// Calls the /api/v1 route handlers as Next would, through their route files (real SQLite, no server).
import * as agents from "@/app/api/v1/agents/route";
import * as agent from "@/app/api/v1/agents/[agentId]/route";
import * as bulk from "@/app/api/v1/agents/bulk/route";
import * as move from "@/app/api/v1/agents/move/route";
import { createApiTokenRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>;

/** The route file serving a path, and its params: static segments before [agentId], as Next matches. */
function routeOf(pathname: string): { module: RouteModule; params: Record<string, string> } {
  const rest = pathname.replace(/^\/api\/v1\/agents/, "");
  if (rest === "") return { module: agents, params: {} };
  if (rest === "/bulk") return { module: bulk, params: {} };
  if (rest === "/move") return { module: move, params: {} };
  return { module: agent, params: { agentId: decodeURIComponent(rest.slice(1)) } };
}

export type CallOptions = { body?: unknown; headers?: Record<string, string>; secret?: string | null };

/** A client with a live token of a new API manager. */
export async function apiClient() {
  const user = await createUserRecord({ kind: "manager", role: "api", loginId: `api-${Math.random()}@lotse.test` });
  const { secret, token } = await createApiTokenRecord({ userId: user.id, name: "Test script" });
  async function call(method: keyof RouteModule, url: string, options: CallOptions = {}) {
    const full = new URL(url, "http://lotse.test");
    const { module, params } = routeOf(full.pathname);
    const handler = module[method];
    if (!handler) throw new Error(`no ${method} ${full.pathname}`);
    const useSecret = options.secret === undefined ? secret : options.secret;
    const response = await handler(
      new Request(full, {
        method,
        headers: {
          "accept-language": "en",
          ...(useSecret ? { authorization: `Bearer ${useSecret}` } : {}),
          ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
      { params: Promise.resolve(params) },
    );
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json };
  }
  return { user, token, secret, call };
}

/** A company manager signed in to the Management Center: the view the API's writes must show up in. */
export async function companyManager() {
  return signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
}

/** An agent as the API takes it. */
export function newAgent(teamId: string, loginId: string, extra: Record<string, unknown> = {}) {
  return { loginId, firstName: "Api", lastName: `Agent ${loginId.split("@")[0]}`, teamId, ...extra };
}
