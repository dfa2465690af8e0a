// The authorization matrix of the REST API (issue 18, decision record 28) and of the Management
// Center's API pages, as real HTTP requests.
//
// The API part reads every path × method from the served document (GET /api/v1/openapi.json), so an
// endpoint added later is covered without touching this file. Only a live API token of an active
// API manager gets past authentication: no header, a malformed one, an unknown, a revoked and an
// expired token, a token whose API manager is disabled, and the browser session of every kind of
// Management Center user (an API manager's own included) get 401 with problem details.
//
// The pages and server actions of Management Center › API are tried by every Management Center
// principal; actions as forged multipart POSTs (see e2e/support/authorization-matrix.ts).
//
// Runs in the js project only: plain HTTP requests, the browser's JavaScript plays no part.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, BrowserContext } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { actionFieldsOf, postForm } from "./support/forged-requests";
import { de } from "./support/messages";
import { dbQuery, password, seed, tag } from "./support/organisation";

const SCIM_ROUTES = path.resolve(__dirname, "../app/scim/v2");

/**
 * Every SCIM 2.0 operation (RFC 7644) the app serves, read from its route files: "METHOD /scim/v2/…"
 * with a made-up id for `[id]`, so a route added later is covered without touching this file.
 */
function scimOperationsOnDisk(dir = SCIM_ROUTES): { method: string; path: string; collection: boolean }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scimOperationsOnDisk(full);
    if (entry.name !== "route.ts") return [];
    const route = path.relative(SCIM_ROUTES, dir).split(path.sep).join("/");
    const source = fs.readFileSync(full, "utf8");
    return ["GET", "POST", "PUT", "PATCH", "DELETE"]
      .filter((method) => new RegExp(`export const ${method}\\b`).test(source))
      .map((method) => ({
        method: method.toLowerCase(),
        path: `/scim/v2/${route.replace(/\[[^\]]+\]/g, "matrix-no-such-id")}`,
        collection: !route.includes("["),
      }));
  });
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Who knocks at the API without a live token of an active API manager. */
const REFUSED = [
  "noHeader",
  "malformed",
  "unknownToken",
  "revokedToken",
  "expiredToken",
  "disabledOwnerToken",
  "companyCookie",
  "teamCookie",
  "agentCookie",
  "apiManagerCookie",
] as const;
type Caller = (typeof REFUSED)[number] | "validToken";
const CALLERS: readonly Caller[] = [...REFUSED, "validToken"];

const MANAGEMENT = ["company", "team", "agent", "api", "apiOther", "signedOut"] as const;
type ManagementKey = (typeof MANAGEMENT)[number];

type Row = {
  table: "api" | "center";
  resource: string;
  principal: string;
  expected: string;
  observed: string;
  pass: boolean;
};

/** A path with its {parameters} filled by an ID that names nothing: the call must still be refused first. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "matrix-no-such-id");

type Setup = Awaited<ReturnType<typeof setUp>>;

async function setUp(lotse: Lotse, baseURL: string | undefined) {
  const t = tag();
  const pw = password();
  const login = (who: string) => `mxa-${who}-${t}@lotse.test`;
  const org = await seed(baseURL, {
    teams: [{ key: "A", name: `API-Matrix ${t}` }],
    users: [
      { key: "company", kind: "manager", role: "company", name: `Firma ${t}`, loginId: login("company"), password: pw },
      {
        key: "team",
        kind: "manager",
        role: "team",
        name: `Team ${t}`,
        loginId: login("team"),
        password: pw,
        teams: ["A"],
        rights: ["addDeleteAgents", "editAgentNameLogin"],
      },
      {
        key: "agent",
        kind: "agent",
        firstName: "Ada",
        lastName: `Zugang ${t}`,
        loginId: login("agent"),
        password: pw,
        team: "A",
        managementCenterAccess: true,
      },
      { key: "api", kind: "manager", role: "api", name: `API ${t}`, loginId: login("api"), password: pw },
      { key: "apiOther", kind: "manager", role: "api", name: `API 2 ${t}`, loginId: login("api-other"), password: pw },
      {
        key: "apiDisabled",
        kind: "manager",
        role: "api",
        name: `API aus ${t}`,
        loginId: login("api-disabled"),
        password: pw,
        disabled: true,
      },
    ],
    apiTokens: [
      { key: "valid", owner: "api", name: `Gültig ${t}` },
      { key: "victim", owner: "api", name: `Opfer ${t}` },
      { key: "revoked", owner: "api", name: `Widerrufen ${t}`, revoked: true },
      { key: "expired", owner: "api", name: `Abgelaufen ${t}`, expiresAt: new Date(Date.now() - 60_000).toISOString() },
      { key: "ofDisabled", owner: "apiDisabled", name: `Deaktiviert ${t}` },
    ],
  });
  const loginOf: Record<Exclude<ManagementKey, "signedOut">, string> = {
    company: login("company"),
    team: login("team"),
    agent: login("agent"),
    api: login("api"),
    apiOther: login("api-other"),
  };
  const contexts = {} as Record<ManagementKey, BrowserContext>;
  for (const [key, loginId] of Object.entries(loginOf) as [Exclude<ManagementKey, "signedOut">, string][]) {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", { loginId, password: pw });
    contexts[key] = page.context();
  }
  contexts.signedOut = await lotse.newContext();
  return {
    t,
    loginOf,
    contexts,
    tokens: org.apiTokens as Record<
      "valid" | "victim" | "revoked" | "expired" | "ofDisabled",
      { id: string; secret: string }
    >,
  };
}

/** Sends one request as `caller`: with its Authorization header, or from its signed-in browser context. */
async function callAs(
  setup: Setup,
  request: APIRequestContext,
  caller: Caller,
  method: string,
  url: string,
): Promise<APIResponse> {
  const bearer: Partial<Record<Caller, string>> = {
    malformed: "Basic bWF0cml4OnNlY3JldA==",
    unknownToken: `Bearer lotse_${"A".repeat(43)}`,
    revokedToken: `Bearer ${setup.tokens.revoked.secret}`,
    expiredToken: `Bearer ${setup.tokens.expired.secret}`,
    disabledOwnerToken: `Bearer ${setup.tokens.ofDisabled.secret}`,
    validToken: `Bearer ${setup.tokens.valid.secret}`,
  };
  const cookieOf: Partial<Record<Caller, ManagementKey>> = {
    companyCookie: "company",
    teamCookie: "team",
    agentCookie: "agent",
    apiManagerCookie: "api",
  };
  const via = cookieOf[caller] ? setup.contexts[cookieOf[caller]!].request : request;
  const authorization = bearer[caller];
  return via.fetch(url, {
    method: method.toUpperCase(),
    headers: { "accept-language": "de", ...(authorization ? { authorization } : {}) },
    // Writes send an empty object, to IDs that name nothing: past the door, they find nothing to
    // change or are refused as invalid, so the matrix leaves no data behind.
    ...(method === "get" ? {} : { data: {} }),
    maxRedirects: 0,
  });
}

/** SCIM answers its errors in its own format (RFC 7644 §3.12), under its own media type. */
function isScimError(response: APIResponse): boolean {
  return /^application\/scim\+json/.test(response.headers()["content-type"] ?? "");
}

function isProblem(response: APIResponse): boolean {
  return /^application\/problem\+json/.test(response.headers()["content-type"] ?? "");
}

/** `section`: what the first table covers and expects. */
function render(rows: Row[], section: string): string {
  const api = rows.filter((row) => row.table === "api");
  const resources = [...new Set(api.map((row) => row.resource))];
  const grid = resources.map((resource) => {
    const cells = CALLERS.map((caller) => {
      const row = api.find((r) => r.resource === resource && r.principal === caller);
      return row ? `${row.pass ? "" : "✗ "}${row.observed}` : "";
    });
    return `| ${resource} | ${cells.join(" | ")} |`;
  });
  const center = rows
    .filter((row) => row.table === "center")
    .map((r) => `| ${r.resource} | ${r.principal} | ${r.expected} | ${r.observed} | ${r.pass ? "✓" : "✗"} |`);
  const passed = rows.filter((row) => row.pass).length;
  return [
    `# API authorization matrix — ${passed}/${rows.length} cells as expected`,
    "",
    `## ${section}`,
    "",
    `| operation | ${CALLERS.join(" | ")} |`,
    `|---|${CALLERS.map(() => "---").join("|")}|`,
    ...grid,
    ...(center.length > 0
      ? [
          "",
          "## Management Center › API (pages: GET; actions: forged multipart POSTs)",
          "",
          "| resource | principal | expected | observed | ok |",
          "|---|---|---|---|---|",
          ...center,
        ]
      : []),
  ].join("\n");
}

test("authorization matrix: every /api/v1 operation × callers, and Management Center › API × principals", async ({
  lotse,
  browser,
  baseURL,
  request,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(300_000);
  const setup = await setUp(lotse, baseURL);
  const { t, loginOf, contexts, tokens } = setup;
  const rows: Row[] = [];

  await test.step("every operation of the served document × callers", async () => {
    const served = await request.get("/api/v1/openapi.json");
    expect(served.status()).toBe(200);
    const document = (await served.json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => method in item).map((method) => ({ method, path })),
    );
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toContain("get /token");
    for (const { method, path } of operations) {
      const url = `/api/v1${concrete(path)}`;
      const resource = `${method.toUpperCase()} ${path}`;
      for (const caller of CALLERS) {
        const response = await callAs(setup, request, caller, method, url);
        const status = response.status();
        // A list (a GET without a path parameter) answers 200; anything else only has to get past the door.
        const collection = method === "get" && !path.includes("{");
        const pass =
          caller === "validToken"
            ? status !== 401 && status < 500 && (!collection || status === 200)
            : status === 401 &&
              isProblem(response) &&
              /^Bearer realm="lotse"/.test(response.headers()["www-authenticate"] ?? "");
        rows.push({
          table: "api",
          resource,
          principal: caller,
          expected: caller === "validToken" ? (collection ? "200" : "not 401") : "401",
          observed: String(status),
          pass,
        });
      }
    }
  });

  const db = <R = Record<string, unknown>>(sql: string, ...params: unknown[]) => dbQuery<R>(baseURL, sql, ...params);
  const revokedAt = (id: string) =>
    db<{ revokedAt: unknown }>("SELECT revokedAt FROM ApiToken WHERE id = ?", id)[0]?.revokedAt ?? null;

  await test.step("the pages of Management Center › API × principals", async () => {
    const pages: [string, string, ManagementKey[]][] = [
      ["GET /manager/api", "/manager/api", ["api", "apiOther"]],
      ["GET /manager/api/reference", "/manager/api/reference", ["api", "apiOther", "company"]],
      ["GET /manager/api/tokens/<api's token>/revoke", `/manager/api/tokens/${tokens.victim.id}/revoke`, ["api"]],
      ["GET /manager/api/tokens/<a revoked token>/revoke", `/manager/api/tokens/${tokens.revoked.id}/revoke`, []],
    ];
    for (const [resource, url, allowed] of pages) {
      for (const principal of MANAGEMENT) {
        const allow = allowed.includes(principal);
        const response = await contexts[principal].request.get(url, { maxRedirects: 0 });
        const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1] ?? "";
        const location = response.headers()["location"];
        rows.push({
          table: "center",
          resource,
          principal,
          expected: allow ? "allow" : "deny",
          observed: `${response.status()}${location ? ` → ${new URL(location, baseURL).pathname}` : ""}`,
          pass: allow
            ? response.status() === 200 && heading !== de.NotFound.title
            : principal === "signedOut"
              ? [303, 307].includes(response.status()) && new URL(location ?? "/", baseURL).pathname === "/manager"
              : response.status() === 404 && heading === de.NotFound.title,
        });
      }
    }
  });

  await test.step("API-Token erstellen, forged by everyone but API managers, makes no token", async () => {
    const fields = await actionFieldsOf(browser, contexts.api, "/manager/api", 'main form:has(input[name="name"])');
    const tokenNamed = (name: string) =>
      db<{ userLoginId: string }>(
        "SELECT u.loginId AS userLoginId FROM ApiToken a JOIN User u ON u.id = a.userId WHERE a.name = ?",
        name,
      );
    for (const principal of MANAGEMENT) {
      const allow = principal === "api" || principal === "apiOther";
      const name = `Gefälscht ${principal} ${t}`;
      const answer = await postForm(contexts[principal], baseURL, "/manager/api", [
        ...fields,
        ["name", name],
        ["lifetimeDays", "30"],
      ]);
      const made = tokenNamed(name);
      rows.push({
        table: "center",
        resource: "POST createApiTokenAction",
        principal,
        expected: allow ? "allow (own token)" : "deny",
        observed: `${answer.status}${answer.location ? ` → ${answer.location}` : ""}; tokens made: ${made.length}`,
        // An API manager's token is always their own, whoever's page the form came from.
        pass: allow
          ? answer.status === 200 &&
            made.length === 1 &&
            made[0]!.userLoginId === loginOf[principal as "api" | "apiOther"]
          : made.length === 0 && answer.status !== 200,
      });
    }
  });

  await test.step("Widerrufen, forged by everyone else, leaves the token alone", async () => {
    const fields = await actionFieldsOf(
      browser,
      contexts.api,
      `/manager/api/tokens/${tokens.victim.id}/revoke`,
      "main form",
    );
    const attempt = async (principal: ManagementKey, tokenId: string, label: string, allow: boolean) => {
      const answer = await postForm(contexts[principal], baseURL, `/manager/api/tokens/${tokens.victim.id}/revoke`, [
        ...fields,
        ["tokenId", tokenId],
      ]);
      const revoked = revokedAt(tokens.victim.id) !== null;
      rows.push({
        table: "center",
        resource: `POST revokeApiTokenAction {${label}}`,
        principal,
        expected: allow ? "allow" : "deny",
        observed: `${answer.status}${answer.location ? ` → ${answer.location}` : ""}${answer.flash ? ` + ${answer.flash}` : ""}`,
        pass: allow
          ? answer.status === 303 && answer.flash === "notice:apiTokenRevoked" && revoked
          : !revoked && answer.flash === null,
      });
    };
    for (const principal of MANAGEMENT.filter((p) => p !== "api")) {
      await attempt(principal, tokens.victim.id, "api's token", false);
    }
    await attempt("api", "x".repeat(500), "an ID no token has", false);
    await attempt("api", tokens.victim.id, "api's token", true);
    // The API refuses the revoked token at once.
    const after = await request.get("/api/v1/token", { headers: { authorization: `Bearer ${tokens.victim.secret}` } });
    rows.push({
      table: "center",
      resource: "GET /api/v1/token with the token just revoked",
      principal: "revoked token",
      expected: "deny",
      observed: String(after.status()),
      pass: after.status() === 401,
    });
  });

  await test.info().attach("authorization-matrix-api.md", {
    body: render(rows, "/api/v1: every operation of the served document (401 problem details for all but validToken)"),
    contentType: "text/markdown",
  });
  expect(
    rows
      .filter((row) => !row.pass)
      .map((row) => `${row.resource} × ${row.principal}: expected ${row.expected}, observed ${row.observed}`),
    "matrix cells that did not behave as expected",
  ).toEqual([]);
});

test("authorization matrix: the SCIM endpoints refuse every caller without a live token", async ({
  lotse,
  baseURL,
  request,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(180_000);
  const setup = await setUp(lotse, baseURL);
  const rows: Row[] = [];
  const operations = scimOperationsOnDisk();
  expect(operations.length).toBeGreaterThanOrEqual(12);
  for (const { method, path: endpoint, collection } of operations) {
    const resource = `${method.toUpperCase()} ${endpoint}`;
    for (const caller of REFUSED) {
      const response = await callAs(setup, request, caller, method, endpoint);
      rows.push({
        table: "api",
        resource,
        principal: caller,
        expected: "401",
        observed: String(response.status()),
        pass: response.status() === 401 && isScimError(response),
      });
    }
    // Past the door: a list or the discovery documents answer, an empty body is refused as invalid
    // before anything is looked up, a made-up id is not found — nothing is written.
    const valid = await callAs(setup, request, "validToken", method, endpoint);
    const expected = method === "get" && collection ? [200] : ["post", "put", "patch"].includes(method) ? [400] : [404];
    rows.push({
      table: "api",
      resource,
      principal: "validToken",
      expected: expected.join(" or "),
      observed: String(valid.status()),
      pass: expected.includes(valid.status()),
    });
  }
  await test.info().attach("authorization-matrix-scim.md", {
    body: render(rows, "/scim/v2: every route file's operations (401 in SCIM's error format for all but validToken)"),
    contentType: "text/markdown",
  });
  expect(
    rows
      .filter((row) => !row.pass)
      .map((row) => `${row.resource} × ${row.principal}: expected ${row.expected}, observed ${row.observed}`),
    "SCIM cells that did not behave as expected",
  ).toEqual([]);
});
