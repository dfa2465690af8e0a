// Calls the /api/v1 route handlers as Next would, through their route files (real SQLite, no server).
import * as agents from "@/app/api/v1/agents/route";
import * as agent from "@/app/api/v1/agents/[agentId]/route";
import * as bulk from "@/app/api/v1/agents/bulk/route";
import * as move from "@/app/api/v1/agents/move/route";
import { createApiTokenRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { callHandler, type RouteModule } from "./call-route";

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
    const useSecret = options.secret === undefined ? secret : options.secret;
    return callHandler(module, {
      method,
      url: full.href,
      params,
      body: options.body,
      headers: options.headers,
      secret: useSecret,
    });
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
