import { beforeEach, describe, expect, it } from "vitest";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as teamRoute from "@/app/api/v1/teams/[teamId]/route";
import { db } from "@/lib/db/client";
import { getTeamPortals } from "@/lib/portals/team-portals";
import { listTeamTree } from "@/lib/teams/teams";
import { createPortalRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { apiManagerClient } from "./call-route";

let api: Awaited<ReturnType<typeof apiManagerClient>>;

beforeEach(async () => {
  await resetDatabase();
  api = await apiManagerClient();
});

const create = (body: unknown) => api.call(teamsRoute, { method: "POST", path: "/teams", body });
const list = (query = "") => api.call(teamsRoute, { path: `/teams${query}` });
const read = (teamId: string, headers?: Record<string, string>) =>
  api.call(teamRoute, { path: `/teams/${teamId}`, params: { teamId }, headers });
const patch = (teamId: string, body: unknown, headers?: Record<string, string>) =>
  api.call(teamRoute, { method: "PATCH", path: `/teams/${teamId}`, params: { teamId }, body, headers });
const remove = (teamId: string, headers?: Record<string, string>) =>
  api.call(teamRoute, { method: "DELETE", path: `/teams/${teamId}`, params: { teamId }, headers });

async function createdId(body: unknown): Promise<string> {
  const response = await create(body);
  expect(response.status, JSON.stringify(response.json)).toBe(201);
  return response.json.id;
}

/** Support › Level 1 › Drucker, made through the API. */
async function tree() {
  const support = await createdId({ name: "Support" });
  const level1 = await createdId({ name: "Level 1", parentId: support });
  const printers = await createdId({ name: "Drucker", parentId: level1 });
  return { support, level1, printers };
}

describe("POST /teams", () => {
  it("creates a team with the form's settings: 201, Location, ETag, what GET then shows", async () => {
    const response = await create({
      name: "Support",
      availableLogins: 12,
      greeting: "Guten Tag!",
      cannedMessages: ["Einen Moment bitte.", "Danke!"],
      cannedUrls: ["https://hilfe.example/drucker"],
      functions: { screenSharing: "off", reports: "on" },
      maxSessions: 3,
    });
    expect(response.status).toBe(201);
    const id = response.json.id as string;
    expect(response.headers.get("location")).toBe(`/api/v1/teams/${id}`);
    expect(response.json).toMatchObject({
      name: "Support",
      parentId: null,
      path: "Support",
      externalId: null,
      availableLogins: 12,
      greeting: "Guten Tag!",
      cannedMessages: ["Einen Moment bitte.", "Danke!"],
      cannedUrls: ["https://hilfe.example/drucker"],
      maxSessions: 3,
      effectiveMaxSessions: 3,
      subPortalIds: [],
    });
    expect(response.json.functions.screenSharing).toEqual({ setting: "off", effective: false });
    expect(response.json.functions.reports).toEqual({ setting: "on", effective: true });
    expect(response.json.functions.diagnostics).toEqual({ setting: "inherit", effective: true });
    const again = await read(id);
    expect(again.json).toEqual(response.json);
    expect(again.headers.get("etag")).toBe(response.headers.get("etag"));
    const row = await db.team.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Support", availableLogins: 12, cannedMessages: "Einen Moment bitte.\nDanke!" });
  });

  it("builds a tree: sub-teams inherit their parent's functions and sessions until they set their own", async () => {
    const support = await createdId({ name: "Support", functions: { screenSharing: "off" }, maxSessions: 4 });
    const level1 = await createdId({ name: "Level 1", parentId: support });
    const printers = await createdId({ name: "Drucker", parentId: level1, functions: { screenSharing: "on" } });
    const middle = (await read(level1)).json;
    expect(middle).toMatchObject({ parentId: support, path: "Support › Level 1", maxSessions: null });
    expect(middle.effectiveMaxSessions).toBe(4);
    expect(middle.functions.screenSharing).toEqual({ setting: "inherit", effective: false });
    const bottom = (await read(printers)).json;
    expect(bottom.path).toBe("Support › Level 1 › Drucker");
    expect(bottom.functions.screenSharing).toEqual({ setting: "on", effective: true });
    // The Management Center's Teams page shows the same tree.
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    const { roots } = await listTeamTree(company);
    expect(roots.map((r) => [r.name, r.children.map((c) => [c.name, c.children.map((g) => g.name)])])).toEqual([
      ["Support", [["Level 1", ["Drucker"]]]],
    ]);
  });

  it("refuses a name a sibling has (in any case) with 422 teamNameTaken, and allows it under another parent", async () => {
    const { support, level1 } = await tree();
    const taken = await create({ name: "level 1", parentId: support });
    expect(taken.status).toBe(422);
    expect(taken.json.errors).toEqual([
      { pointer: "/name", code: "teamNameTaken", detail: expect.stringMatching(/already is a team with this name/) },
    ]);
    expect((await create({ name: "SUPPORT" })).json.errors[0].code).toBe("teamNameTaken");
    expect((await create({ name: "Level 1", parentId: level1 })).status).toBe(201);
    expect(await db.team.count()).toBe(4);
  });

  it("answers the form's codes for bad settings, and shapes it cannot read", async () => {
    const bad = await create({ name: " ", cannedUrls: ["ftp://x"], availableLogins: -1, maxSessions: 0 });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual(
      expect.arrayContaining([
        ["/name", "teamNameRequired"],
        ["/availableLogins", "availableLoginsInvalid"],
        ["/cannedUrls", "cannedUrlInvalid"],
        ["/maxSessions", "maxSessionsInvalid"],
      ]),
    );
    const shapes = await create({ name: "X", functions: { teleport: "on" }, colour: "blue", cannedMessages: ["a\nb"] });
    expect(shapes.status).toBe(422);
    expect(shapes.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(["/functions", "/cannedMessages/0", ""]),
    );
    expect(shapes.json.errors.find((e: { pointer: string }) => e.pointer === "/cannedMessages/0").code).toBe(
      "cannedMessageLine",
    );
    const orphan = await create({ name: "X", parentId: "no-such-team" });
    expect(orphan.status).toBe(422);
    expect(orphan.json.errors).toEqual([expect.objectContaining({ pointer: "/parentId", code: "parentTeamInvalid" })]);
    expect(await db.team.count()).toBe(0);
  });

  it("creates a team with its sub-portals, or — when one is unknown — leaves nothing behind", async () => {
    const portal = await createPortalRecord({ name: "Kunden", subPortals: ["Allgemein", "Drucker"] });
    const [general, printers] = portal.subPortals.map((s) => s.id);
    const refused = await create({ name: "Support", subPortalIds: [general, "gone"] });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ pointer: "/subPortalIds", code: "subPortalUnknown" }),
    ]);
    expect(await db.team.count()).toBe(0);
    expect(await db.teamSubPortal.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { in: ["team.created", "team.portalsChanged"] } } })).toBe(0);

    const id = await createdId({ name: "Support", subPortalIds: [printers, general] });
    expect((await read(id)).json.subPortalIds.sort()).toEqual([general, printers].sort());
    // What the Management Center's Teams → Support → Portal tab then shows.
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    const view = await getTeamPortals(company, id);
    expect(view.portals.map((p) => [p.name, p.subPortals.map((s) => [s.name, s.assigned])])).toEqual([
      [
        "Kunden",
        [
          ["Allgemein", true],
          ["Drucker", true],
        ],
      ],
    ]);
  });
});

describe("GET /teams", () => {
  it("lists the tree flat in tree order with parentId, path and agent counts; filters by parent, name, externalId", async () => {
    const { support, level1, printers } = await tree();
    const sales = await createdId({ name: "Vertrieb" });
    const aSupport = await createdId({ name: "A-Team", parentId: support });
    await createUserRecord({ kind: "agent", teamIds: [level1] });
    await createUserRecord({ kind: "agent", teamIds: [level1] });
    await db.team.update({ where: { id: sales }, data: { externalId: "entra-42" } });

    const all = await list();
    expect(all.status).toBe(200);
    expect(all.json.nextCursor).toBeNull();
    expect(all.json.data).toEqual([
      { id: support, name: "Support", parentId: null, path: "Support", externalId: null, agentCount: 0 },
      { id: aSupport, name: "A-Team", parentId: support, path: "Support › A-Team", externalId: null, agentCount: 0 },
      { id: level1, name: "Level 1", parentId: support, path: "Support › Level 1", externalId: null, agentCount: 2 },
      {
        id: printers,
        name: "Drucker",
        parentId: level1,
        path: "Support › Level 1 › Drucker",
        externalId: null,
        agentCount: 0,
      },
      { id: sales, name: "Vertrieb", parentId: null, path: "Vertrieb", externalId: "entra-42", agentCount: 0 },
    ]);
    const ids = async (query: string) => (await list(query)).json.data.map((t: { id: string }) => t.id);
    expect(await ids("?parentId=root")).toEqual([support, sales]);
    expect(await ids(`?parentId=${support}`)).toEqual([aSupport, level1]);
    expect(await ids("?parentId=unknown")).toEqual([]);
    expect(await ids("?name=level%201")).toEqual([level1]);
    expect(await ids("?externalId=entra-42")).toEqual([sales]);
    expect(await ids("?externalId=ENTRA-42")).toEqual([]);
  });

  it("pages by cursor without gaps or duplicates, also while teams are added between pages", async () => {
    const parent = await createdId({ name: "Parent" });
    for (const name of ["b", "d", "f", "h", "j", "l", "n"]) await createdId({ name, parentId: parent });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?parentId=${parent}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await list(query);
      expect(page.status).toBe(200);
      expect(page.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.data.map((t: { name: string }) => t.name));
      cursor = page.json.nextCursor;
      // A team added behind the cursor is not seen; one ahead of it is, exactly once.
      if (pages++ === 1) {
        await createdId({ name: "a", parentId: parent });
        await createdId({ name: "m", parentId: parent });
      }
    } while (cursor);
    expect(seen).toEqual(["b", "d", "f", "h", "j", "l", "m", "n"]);
    const bad = await list("?cursor=not-a-cursor");
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([expect.objectContaining({ pointer: "/query/cursor", code: "cursorInvalid" })]);
    expect((await list("?limit=0")).status).toBe(422);
    expect((await list("?limit=201")).status).toBe(422);
  });
});

describe("GET /teams/{teamId}", () => {
  it("answers 304 for If-None-Match with the current ETag, 200 once the team changed; unknown ids 404", async () => {
    const { support } = await tree();
    const first = await read(support);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const unchanged = await read(support, { "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.json).toBeUndefined();
    await patch(support, { greeting: "Hallo" });
    const changed = await read(support, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    for (const response of [await read("nope"), await patch("nope", { name: "x" }), await remove("nope")]) {
      expect(response.status).toBe(404);
      expect(response.json.type).toBe("urn:lotse:problem:notFound");
    }
  });
});

describe("PATCH /teams/{teamId}", () => {
  it("changes only the fields sent, functions one by one, and moves a team", async () => {
    const { support, level1, printers } = await tree();
    const sales = await createdId({ name: "Vertrieb" });
    await patch(level1, {
      greeting: "Willkommen",
      cannedMessages: ["Moment"],
      availableLogins: 5,
      functions: { diagnostics: "off", fileTransferSend: "off" },
    });
    const changed = await patch(level1, { name: "Stufe 1", functions: { fileTransferSend: "inherit" } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      name: "Stufe 1",
      parentId: support,
      greeting: "Willkommen",
      cannedMessages: ["Moment"],
      availableLogins: 5,
    });
    expect(changed.json.functions.diagnostics).toEqual({ setting: "off", effective: false });
    expect(changed.json.functions.fileTransferSend).toEqual({ setting: "inherit", effective: true });
    expect(changed.headers.get("etag")).toBe((await read(level1)).headers.get("etag"));
    expect((await read(printers)).json.path).toBe("Support › Stufe 1 › Drucker");
    // null clears a count; a move takes the sub-teams along.
    expect((await patch(level1, { availableLogins: null })).json.availableLogins).toBeNull();
    const moved = await patch(level1, { parentId: sales });
    expect(moved.json.path).toBe("Vertrieb › Stufe 1");
    expect((await read(printers)).json.path).toBe("Vertrieb › Stufe 1 › Drucker");
    expect((await patch(level1, { parentId: null })).json.path).toBe("Stufe 1");
    const loop = await patch(level1, { parentId: printers });
    expect(loop.status).toBe(422);
    expect(loop.json.errors[0]).toMatchObject({ pointer: "/parentId", code: "parentTeamInvalid" });
    const clash = await patch(level1, { name: "vertrieb" });
    expect(clash.json.errors[0]).toMatchObject({ pointer: "/name", code: "teamNameTaken" });
  });

  it("assigns and removes sub-portals; with an unknown one nothing of the change is written", async () => {
    const portal = await createPortalRecord({ name: "Kunden", subPortals: ["Allgemein", "Drucker"] });
    const [general, printers] = portal.subPortals.map((s) => s.id);
    const { support } = await tree();
    expect((await patch(support, { subPortalIds: [general] })).json.subPortalIds).toEqual([general]);
    const refused = await patch(support, { name: "Neu", subPortalIds: [printers, "gone"] });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ pointer: "/subPortalIds", code: "subPortalUnknown" }),
    ]);
    expect((await read(support)).json).toMatchObject({ name: "Support", subPortalIds: [general] });
    // A patch without subPortalIds leaves the assignment alone; [] removes it.
    expect((await patch(support, { greeting: "x" })).json.subPortalIds).toEqual([general]);
    expect((await patch(support, { subPortalIds: [] })).json.subPortalIds).toEqual([]);
    expect(await db.teamSubPortal.count()).toBe(0);
  });

  it("honours If-Match: a stale ETag gets 412 and changes nothing, the current one goes through", async () => {
    const { support } = await tree();
    const etag = (await read(support)).headers.get("etag")!;
    await patch(support, { greeting: "von jemand anderem" });
    const stale = await patch(support, { greeting: "meins" }, { "if-match": etag });
    expect(stale.status).toBe(412);
    expect(stale.json.type).toBe("urn:lotse:problem:preconditionFailed");
    expect((await read(support)).json.greeting).toBe("von jemand anderem");
    const current = (await read(support)).headers.get("etag")!;
    const ok = await patch(support, { greeting: "meins" }, { "if-match": current });
    expect(ok.status).toBe(200);
    expect(ok.json.greeting).toBe("meins");
  });
});

describe("DELETE /teams/{teamId}", () => {
  it("deletes the team with its sub-teams and keeps their agents, now without a team", async () => {
    const { support, level1, printers } = await tree();
    const lea = await createUserRecord({ kind: "agent", firstName: "Lea", teamIds: [level1] });
    const paul = await createUserRecord({ kind: "agent", firstName: "Paul", teamIds: [printers] });
    const sina = await createUserRecord({ kind: "agent", firstName: "Sina", teamIds: [support] });
    const stale = (await read(level1)).headers.get("etag")!;
    await patch(level1, { greeting: "geändert" });
    expect((await remove(level1, { "if-match": stale })).status).toBe(412);
    expect(await db.team.count()).toBe(3);

    const current = (await read(level1)).headers.get("etag")!;
    const deleted = await remove(level1, { "if-match": current });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ deletedTeams: 2, agentsWithoutTeam: 2 });
    expect((await read(level1)).status).toBe(404);
    expect((await read(printers)).status).toBe(404);
    const agents = await db.agentProfile.findMany({ where: { userId: { in: [lea.id, paul.id, sina.id] } } });
    expect(Object.fromEntries(agents.map((a) => [a.firstName, a.teamId]))).toEqual({
      Lea: null,
      Paul: null,
      Sina: support,
    });
    expect((await list()).json.data.map((t: { name: string }) => t.name)).toEqual(["Support"]);
    expect((await remove(support)).json).toEqual({ deletedTeams: 1, agentsWithoutTeam: 1 });
  });
});

describe("who may do this", () => {
  it("leaves the sub-portal assignment to company managers and API tokens: team managers and API managers in person get not found", async () => {
    const portal = await createPortalRecord({ name: "Kunden" });
    const { support } = await tree();
    const teamManager = await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [support], rights: ["addDeleteSubTeams"] }),
    );
    const { setTeamPortals } = await import("@/lib/portals/team-portals");
    const { createTeam } = await import("@/lib/teams/teams");
    await expect(setTeamPortals(teamManager, support, [portal.subPortals[0]!.id])).rejects.toThrow(/not found/);
    await expect(
      createTeam(
        teamManager,
        {
          name: "Unter",
          parentId: support,
          availableLogins: "",
          greeting: "",
          cannedMessages: "",
          cannedUrls: "",
          maxSessions: "",
        },
        { subPortalIds: [portal.subPortals[0]!.id] },
      ),
    ).rejects.toThrow(/not found/);
    expect(await db.team.count()).toBe(3);
    const inPerson = await signedInPrincipal(api.user);
    await expect(setTeamPortals(inPerson, support, [])).rejects.toThrow(/not found/);
    await expect(listTeamTree(inPerson)).rejects.toThrow(/not found/);
  });
});
