import * as groupRoute from "@/app/scim/v2/Groups/[id]/route";
import * as groupsRoute from "@/app/scim/v2/Groups/route";
import * as resourceTypeRoute from "@/app/scim/v2/ResourceTypes/[id]/route";
import * as resourceTypesRoute from "@/app/scim/v2/ResourceTypes/route";
import * as schemaRoute from "@/app/scim/v2/Schemas/[id]/route";
import * as schemasRoute from "@/app/scim/v2/Schemas/route";
import * as configRoute from "@/app/scim/v2/ServiceProviderConfig/route";
import * as userRoute from "@/app/scim/v2/Users/[id]/route";
import * as usersRoute from "@/app/scim/v2/Users/route";
import { createApiTokenRecord, createUserRecord } from "@/prisma/factories";
import { callHandler, type RouteModule } from "@/test/api/call-route";

/** The route files by their folder, as Next would pick them for a path under /scim/v2. */
const ROUTES: [RegExp, RouteModule][] = [
  [/^\/Users$/, usersRoute],
  [/^\/Users\/(?<id>[^/]+)$/, userRoute],
  [/^\/Groups$/, groupsRoute],
  [/^\/Groups\/(?<id>[^/]+)$/, groupRoute],
  [/^\/ServiceProviderConfig$/, configRoute],
  [/^\/Schemas$/, schemasRoute],
  [/^\/Schemas\/(?<id>[^/]+)$/, schemaRoute],
  [/^\/ResourceTypes$/, resourceTypesRoute],
  [/^\/ResourceTypes\/(?<id>[^/]+)$/, resourceTypeRoute],
];

export type ScimCall = {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON it was answered
  body: any;
};

/** Calls a /scim/v2 route handler as an identity provider would, with a bearer token. */
export async function scimCall(
  secret: string | null,
  method: keyof RouteModule,
  pathAndQuery: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ScimCall> {
  const url = new URL(`http://lotse.test/scim/v2${pathAndQuery}`);
  const path = url.pathname.slice("/scim/v2".length);
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  if (!route) throw new Error(`no route for ${method} ${path}`);
  const params = Object.fromEntries(
    Object.entries(route[0].exec(path)!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
  );
  const answer = await callHandler(route[1], {
    method,
    url: url.href,
    params,
    body,
    headers,
    secret,
    contentType: "application/scim+json",
  });
  return { status: answer.status, headers: answer.headers, body: answer.json };
}

/** An API manager with a live token: what an identity provider is configured with. */
export async function identityProviderToken(name = "Entra ID") {
  const user = await createUserRecord({ kind: "manager", role: "api", name: "Provisioning" });
  const { secret } = await createApiTokenRecord({ userId: user.id, name });
  return { user, secret };
}
