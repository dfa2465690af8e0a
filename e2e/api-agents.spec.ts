// Issue 18, the REST API's agents over real HTTP against the production build: a script with an API
// manager's token creates a team's 1,000 agents in one call, changes, moves and deletes them, and the
// Management Center shows what it made.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { dbValue, password, seed, tag } from "./support/organisation";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** Every agent of a team through GET /agents, page by page. */
async function allLogins(request: APIRequestContext, secret: string, teamId: string): Promise<string[]> {
  const logins: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await request.get("/api/v1/agents", {
      headers: bearer(secret),
      params: { teamId, limit: 200, ...(cursor ? { cursor } : {}) },
    });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as { data: { loginId: string }[]; nextCursor: string | null };
    logins.push(...page.data.map((agent) => agent.loginId));
    cursor = page.nextCursor;
  } while (cursor);
  return logins;
}

test("a script provisions 1,000 agents in one call, changes, moves and deletes them; the Agents page shows them", async ({
  request,
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const x = tag();
  const chef = { loginId: `chef-${x}@lotse.test`, password: password() };
  const seeded = await seed(baseURL, {
    teams: [
      { key: "support", name: `Support ${x}` },
      { key: "night", name: `Nacht ${x}`, parent: "support" },
      { key: "sales", name: `Vertrieb ${x}` },
    ],
    users: [
      { key: "api", kind: "manager", role: "api", loginId: `api-${x}@lotse.test`, password: password(), name: "IT" },
      { key: "chef", kind: "manager", role: "company", loginId: chef.loginId, password: chef.password, name: "Chef" },
    ],
    apiTokens: [{ key: "script", owner: "api", name: `Skript ${x}` }],
  });
  const secret = seeded.apiTokens.script!.secret;
  const night = seeded.teams.night!;
  const sales = seeded.teams.sales!;
  const logins = Array.from({ length: 1000 }, (_, i) => `a${String(i).padStart(4, "0")}-${x}@lotse.test`);
  const agents = logins.map((loginId, i) => ({ loginId, firstName: "Api", lastName: `Nr ${i}`, teamId: night }));
  const inDatabase = () =>
    dbValue<number>(baseURL, 'SELECT count(*) FROM "AgentProfile" WHERE teamId IN (?, ?)', night, sales);

  await test.step("one bad row of 1,000: 422 naming the row, none created", async () => {
    const withBadRow = agents.map((agent, i) => (i === 612 ? { ...agent, loginId: "kein-login" } : agent));
    const response = await request.post("/api/v1/agents/bulk", {
      headers: bearer(secret),
      data: { agents: withBadRow },
    });
    expect(response.status()).toBe(422);
    const problem = await response.json();
    expect(problem.errors).toEqual([
      { pointer: "/agents/612/loginId", code: "loginIdFormat", detail: de.Errors.loginIdFormat },
    ]);
    expect(inDatabase()).toBe(0);
  });

  let ids: string[] = [];
  await test.step("1,000 agents in one call: all created, in the database and page by page", async () => {
    const response = await request.post("/api/v1/agents/bulk", {
      headers: bearer(secret),
      data: { agents },
      timeout: 180_000,
    });
    expect(response.status()).toBe(201);
    ids = (await response.json()).ids;
    expect(ids).toHaveLength(1000);
    expect(inDatabase()).toBe(1000);
    expect(await allLogins(request, secret, seeded.teams.support!)).toEqual(logins);
  });

  await test.step("update with If-Match: a stale ETag is refused with 412", async () => {
    const read = await request.get(`/api/v1/agents/${ids[0]}`, { headers: bearer(secret) });
    const etag = read.headers().etag!;
    const patched = await request.patch(`/api/v1/agents/${ids[0]}`, {
      headers: { ...bearer(secret), "if-match": etag },
      data: { firstName: "Paula", customField: "KST-9", functions: { screenSharing: "off" } },
    });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({
      firstName: "Paula",
      customField: "KST-9",
      functions: { screenSharing: { setting: "off", effective: false } },
    });
    const stale = await request.patch(`/api/v1/agents/${ids[0]}`, {
      headers: { ...bearer(secret), "if-match": etag },
      data: { firstName: "Zu spät" },
    });
    expect(stale.status()).toBe(412);
    expect(dbValue(baseURL, 'SELECT firstName FROM "AgentProfile" WHERE userId = ?', ids[0])).toBe("Paula");
  });

  await test.step("move two agents to another team, delete one", async () => {
    const moved = await request.post("/api/v1/agents/move", {
      headers: bearer(secret),
      data: { agentIds: [ids[1], ids[2]], teamId: sales },
    });
    expect(await moved.json()).toEqual({ moved: 2 });
    expect(dbValue(baseURL, 'SELECT count(*) FROM "AgentProfile" WHERE teamId = ?', sales)).toBe(2);
    const deleted = await request.delete(`/api/v1/agents/${ids[2]}`, { headers: bearer(secret) });
    expect(deleted.status()).toBe(204);
    expect(dbValue(baseURL, 'SELECT count(*) FROM "User" WHERE id = ?', ids[2])).toBe(0);
    expect((await request.get(`/api/v1/agents/${ids[2]}`, { headers: bearer(secret) })).status()).toBe(404);
    expect(inDatabase()).toBe(999);
  });

  await test.step("the Management Center's Agents page shows the agent the API made and changed", async () => {
    await lotse.signIn(page, "manager", chef);
    await page.goto(`/manager/agents?q=${encodeURIComponent(logins[0]!)}`);
    await lotse.checkOnce(page);
    const row = page.getByRole("row").filter({ hasText: logins[0]! });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Paula");
    await expect(row).toContainText(`Support ${x} › Nacht ${x}`);
  });
});

test("revoked and expired tokens get 401 and create nothing", async ({ request, baseURL }) => {
  const x = tag();
  const seeded = await seed(baseURL, {
    teams: [{ key: "team", name: `Gesperrt ${x}` }],
    users: [{ key: "api", kind: "manager", role: "api", loginId: `api-${x}@lotse.test`, password: password() }],
    apiTokens: [
      { key: "revoked", owner: "api", revoked: true },
      { key: "expired", owner: "api", expiresAt: new Date(Date.now() - 60_000).toISOString() },
    ],
  });
  const agent = { loginId: `nie-${x}@lotse.test`, firstName: "Nie", lastName: "Da", teamId: seeded.teams.team };
  for (const key of ["revoked", "expired"] as const) {
    const headers = bearer(seeded.apiTokens[key]!.secret);
    const created = await request.post("/api/v1/agents", { headers, data: agent });
    expect(created.status(), key).toBe(401);
    expect(created.headers()["www-authenticate"]).toBe('Bearer realm="lotse", error="invalid_token"');
    expect((await created.json()).type).toBe("urn:lotse:problem:unauthorized");
    expect((await request.get("/api/v1/agents", { headers })).status(), key).toBe(401);
  }
  expect(dbValue(baseURL, 'SELECT count(*) FROM "User" WHERE loginId = ?', agent.loginId)).toBe(0);
});
