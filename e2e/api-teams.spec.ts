// Issue 18: the teams, portals and managers of /api/v1 over real HTTP against the production build,
// with an API manager's token — and the Management Center's Teams page showing the tree the API made.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { dbQuery, password, seed, tag } from "./support/organisation";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

type Json = Record<string, unknown> & { id: string };

/** /api/v1 with the token, in German (the problems' words follow Accept-Language). */
function apiOf(request: APIRequestContext, secret: string) {
  const headers = (extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${secret}`,
    "accept-language": "de",
    ...extra,
  });
  return {
    get: (path: string, extra?: Record<string, string>) => request.get(`/api/v1${path}`, { headers: headers(extra) }),
    post: (path: string, data: unknown) => request.post(`/api/v1${path}`, { headers: headers(), data }),
    patch: (path: string, data: unknown, extra?: Record<string, string>) =>
      request.patch(`/api/v1${path}`, { headers: headers(extra), data }),
    delete: (path: string, extra?: Record<string, string>) =>
      request.delete(`/api/v1${path}`, { headers: headers(extra) }),
  };
}

async function json(response: APIResponse, status: number): Promise<Json> {
  expect(response.status(), (await response.text()).slice(0, 500)).toBe(status);
  return (await response.json()) as Json;
}

/** Every item of a list, following `nextCursor` page by page. */
async function all(api: ReturnType<typeof apiOf>, path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page = (await json(
      await api.get(`${path}${path.includes("?") ? "&" : "?"}limit=50${cursor ? `&cursor=${cursor}` : ""}`),
      200,
    )) as unknown as { data: Json[]; nextCursor: string | null };
    items.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

test("API: a team tree made, assigned, renamed and pruned through /api/v1 is the Teams page's tree", async ({
  request,
  baseURL,
  page,
  lotse,
}) => {
  const x = tag();
  const names = { top: `API-Support ${x}`, child: `Level 1 ${x}`, grandchild: `Drucker ${x}`, evening: `Abend ${x}` };
  const company = { loginId: `chef-${x}@lotse.test`, password: password() };
  const seeded = await seed(baseURL, {
    teams: [{ key: "sales", name: `API-Vertrieb ${x}` }],
    users: [
      {
        key: "api",
        kind: "manager",
        role: "api",
        loginId: `api-${x}@lotse.test`,
        password: password(),
        name: "Skript",
      },
      { key: "company", kind: "manager", role: "company", ...company, name: "Chefin" },
      {
        key: "teamManager",
        kind: "manager",
        role: "team",
        loginId: `tm-${x}@lotse.test`,
        password: password(),
        name: `Tom ${x}`,
        teams: ["sales"],
        rights: ["addDeleteAgents"],
      },
    ],
    portals: [
      {
        key: "portal",
        name: `API-Kunden ${x}`,
        slug: `api-kunden-${x}`,
        subPortals: [
          { key: "general", name: "Allgemein", slug: "allgemein" },
          { key: "printers", name: "Drucker", slug: "drucker" },
        ],
      },
    ],
    apiTokens: [{ key: "token", owner: "api", name: "Provisionierung" }],
  });
  const api = apiOf(request, seeded.apiTokens.token!.secret);
  const ids: Record<keyof typeof names, string> = { top: "", child: "", grandchild: "", evening: "" };

  await test.step("POST /teams: parent, child (with a sub-portal), grandchild", async () => {
    const created = await api.post("/teams", { name: names.top, greeting: "Guten Tag!" });
    const top = await json(created, 201);
    ids.top = top.id;
    expect(created.headers().location).toBe(`/api/v1/teams/${top.id}`);
    expect(await json(await api.get(created.headers().location!.replace("/api/v1", "")), 200)).toEqual(top);
    const child = await json(
      await api.post("/teams", {
        name: names.child,
        parentId: ids.top,
        subPortalIds: [seeded.subPortals.printers],
        functions: { screenSharing: "off" },
      }),
      201,
    );
    ids.child = child.id;
    expect(child).toMatchObject({ path: `${names.top} › ${names.child}`, subPortalIds: [seeded.subPortals.printers] });
    ids.grandchild = (await json(await api.post("/teams", { name: names.grandchild, parentId: ids.child }), 201)).id;
    ids.evening = (await json(await api.post("/teams", { name: names.evening, parentId: ids.top }), 201)).id;
    const grandchild = await json(await api.get(`/teams/${ids.grandchild}`), 200);
    expect(grandchild).toMatchObject({
      parentId: ids.child,
      path: `${names.top} › ${names.child} › ${names.grandchild}`,
    });
    expect(grandchild.functions).toMatchObject({ screenSharing: { setting: "inherit", effective: false } });
  });

  await test.step("a sibling's name (in any case) is refused with the form's words; nothing is created", async () => {
    const problem = await json(await api.post("/teams", { name: names.child.toUpperCase(), parentId: ids.top }), 422);
    expect(problem.errors).toEqual([{ pointer: "/name", code: "teamNameTaken", detail: de.Errors.teamNameTaken }]);
    const unknownPortal = await json(
      await api.post("/teams", { name: `Neu ${x}`, parentId: ids.top, subPortalIds: ["gone"] }),
      422,
    );
    expect(unknownPortal.errors).toEqual([
      expect.objectContaining({ pointer: "/subPortalIds", code: "subPortalUnknown" }),
    ]);
    expect(dbQuery(baseURL, "SELECT id FROM Team WHERE name = ?", `Neu ${x}`)).toEqual([]);
  });

  await test.step("PATCH renames with If-Match; a stale ETag gets 412", async () => {
    const read = await api.get(`/teams/${ids.top}`);
    const etag = read.headers().etag!;
    expect((await api.get(`/teams/${ids.top}`, { "if-none-match": etag })).status()).toBe(304);
    names.top = `API-Service ${x}`;
    const renamed = await json(await api.patch(`/teams/${ids.top}`, { name: names.top }, { "if-match": etag }), 200);
    expect(renamed).toMatchObject({ name: names.top, greeting: "Guten Tag!" });
    expect((await api.patch(`/teams/${ids.top}`, { greeting: "x" }, { "if-match": etag })).status()).toBe(412);
    expect((await json(await api.get(`/teams/${ids.grandchild}`), 200)).path).toBe(
      `${names.top} › ${names.child} › ${names.grandchild}`,
    );
  });

  await test.step("DELETE a child: its agents stay, without a team", async () => {
    const agents = await seed(baseURL, {
      users: ["a", "b"].map((key) => ({
        key,
        kind: "agent" as const,
        loginId: `abend-${key}-${x}@lotse.test`,
        password: password(),
        firstName: key.toUpperCase(),
        lastName: "Abend",
        teamId: ids.evening,
      })),
    });
    expect(await json(await api.delete(`/teams/${ids.evening}`), 200)).toEqual({
      deletedTeams: 1,
      agentsWithoutTeam: 2,
    });
    expect((await api.get(`/teams/${ids.evening}`)).status()).toBe(404);
    const kept = dbQuery<{ teamId: string | null }>(
      baseURL,
      "SELECT teamId FROM AgentProfile WHERE userId IN (?, ?)",
      agents.users.a,
      agents.users.b,
    );
    expect(kept).toEqual([{ teamId: null }, { teamId: null }]);
  });

  await test.step("GET /teams: the tree, flat, in tree order", async () => {
    const ours = (await all(api, "/teams")).filter((team) => Object.values(ids).includes(team.id));
    expect(ours.map((team) => [team.name, team.parentId])).toEqual([
      [names.top, null],
      [names.child, ids.top],
      [names.grandchild, ids.child],
    ]);
    expect((await all(api, `/teams?parentId=${ids.top}`)).map((team) => team.id)).toEqual([ids.child]);
  });

  await test.step("GET /portals: the sub-portal lists the child; portals cannot be written", async () => {
    const portal = await json(await api.get(`/portals/${seeded.portals.portal}`), 200);
    expect(portal.subPortals).toEqual([
      { id: seeded.subPortals.general, name: "Allgemein", slug: "allgemein", teamIds: [] },
      { id: seeded.subPortals.printers, name: "Drucker", slug: "drucker", teamIds: [ids.child] },
    ]);
    expect((await all(api, "/portals")).find((p) => p.id === seeded.portals.portal)).toEqual(portal);
    // Next answers a method the route file does not export with 405 and no body.
    for (const response of [
      await api.post("/portals", { name: "x" }),
      await api.patch(`/portals/${seeded.portals.portal}`, { name: "x" }),
      await api.delete(`/portals/${seeded.portals.portal}`),
    ]) {
      expect(response.status()).toBe(405);
    }
  });

  await test.step("GET /managers: team managers with their teams and rights, read-only", async () => {
    const tom = await json(await api.get(`/managers/${seeded.users.teamManager}`), 200);
    expect(tom).toEqual({
      id: seeded.users.teamManager,
      loginId: `tm-${x}@lotse.test`,
      email: `tm-${x}@lotse.test`,
      name: `Tom ${x}`,
      disabled: false,
      teams: [{ id: seeded.teams.sales, path: `API-Vertrieb ${x}` }],
      rights: ["addDeleteAgents"],
    });
    const listed = await all(api, "/managers");
    expect(listed.find((m) => m.id === tom.id)).toEqual(tom);
    expect(listed.map((m) => m.id)).not.toContain(seeded.users.company);
    expect((await api.get(`/managers/${seeded.users.company}`)).status()).toBe(404);
    for (const response of [
      await api.post("/managers", { loginId: "x@lotse.test" }),
      await api.patch(`/managers/${tom.id}`, { name: "x" }),
      await api.delete(`/managers/${tom.id}`),
    ]) {
      expect(response.status()).toBe(405);
    }
  });

  await test.step("the Management Center's Teams page shows the tree the API made", async () => {
    await lotse.signIn(page, "manager", company);
    await page.goto("/manager/teams");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Teams.title);
    await lotse.checkOnce(page);
    const link = (name: string) => page.getByRole("link", { name, exact: true });
    const branch = page.getByRole("listitem").filter({ has: link(names.top) });
    await expect(
      branch
        .getByRole("listitem")
        .filter({ has: link(names.child) })
        .getByRole("link", {
          name: names.grandchild,
          exact: true,
        }),
    ).toBeVisible();
    await expect(link(names.evening)).toHaveCount(0);
    await expect(link(`API-Support ${x}`)).toHaveCount(0);
  });
});
