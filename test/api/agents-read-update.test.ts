import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAgent } from "@/lib/agents/agent-details";
import { verifyPassword } from "@/lib/auth/password";
import { createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { apiClient, companyManager, newAgent } from "./api-client";

let api: Awaited<ReturnType<typeof apiClient>>;
let support: string;
let night: string;
let sales: string;
beforeEach(async () => {
  await resetDatabase();
  api = await apiClient();
  support = (await createTeamRecord("Support")).id;
  night = (await createTeamRecord("Nacht", support)).id;
  sales = (await createTeamRecord("Vertrieb")).id;
});

async function createAgent(loginId: string, teamId = night, extra: Record<string, unknown> = {}) {
  const created = await api.call("POST", "/api/v1/agents", { body: newAgent(teamId, loginId, extra) });
  expect(created.status).toBe(201);
  return created.json.id as string;
}

describe("GET /agents", () => {
  it("pages by cursor in login-ID order, with no agent twice and none left out", async () => {
    const logins = Array.from({ length: 23 }, (_, i) => `p${String((i * 7) % 23).padStart(2, "0")}@lotse.test`);
    const bulk = await api.call("POST", "/api/v1/agents/bulk", {
      body: { agents: logins.map((login) => newAgent(night, login)) },
    });
    expect(bulk.status).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await api.call(
        "GET",
        `/api/v1/agents?teamId=${support}&limit=5${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.json.data.length).toBeLessThanOrEqual(5);
      seen.push(...page.json.data.map((a: { loginId: string }) => a.loginId));
      cursor = page.json.nextCursor;
      pages++;
      // An agent added behind the cursor while paging is met on a later page, not missed.
      if (pages === 2) await createAgent("p99@lotse.test");
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual([...logins, "p99@lotse.test"].sort());
  });

  it("filters like the Agents page, and by exact login or external ID", async () => {
    const anna = await createAgent("anna@lotse.test", night, { firstName: "Anna", externalId: "entra-anna" });
    await createAgent("bert@lotse.test", sales, { firstName: "Bert" });
    const ids = async (query: string) =>
      (await api.call("GET", `/api/v1/agents?${query}`)).json.data.map((a: { loginId: string }) => a.loginId);
    expect(await ids("q=ANN")).toEqual(["anna@lotse.test"]);
    expect(await ids(`teamId=${sales}`)).toEqual(["bert@lotse.test"]);
    expect(await ids(`teamId=${support}`)).toEqual(["anna@lotse.test"]);
    expect(await ids("loginId=Anna@Lotse.test")).toEqual(["anna@lotse.test"]);
    expect(await ids("loginId=ann@lotse.test")).toEqual([]);
    expect(await ids("externalId=entra-anna")).toEqual(["anna@lotse.test"]);
    const [listed] = (await api.call("GET", "/api/v1/agents?loginId=anna@lotse.test")).json.data;
    expect(listed).toEqual({
      id: anna,
      loginId: "anna@lotse.test",
      email: "anna@lotse.test",
      firstName: "Anna",
      lastName: "Agent anna",
      screenName: "Anna",
      customField: "",
      teamId: night,
      teamPath: "Support › Nacht",
      managementCenterAccess: false,
      active: true,
      externalId: "entra-anna",
    });
  });

  it("answers a cursor not of ours and a team it cannot see as field problems", async () => {
    const bad = await api.call("GET", "/api/v1/agents?cursor=bm9wZQ&limit=500");
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/query/limit"]);
    const cursor = await api.call("GET", "/api/v1/agents?cursor=bm9wZQ");
    expect(cursor.json.errors).toEqual([expect.objectContaining({ pointer: "/query/cursor", code: "cursorInvalid" })]);
    const team = await api.call("GET", "/api/v1/agents?teamId=nope");
    expect(team.json.errors).toEqual([expect.objectContaining({ pointer: "/query/teamId", code: "teamNotFound" })]);
  });
});

describe("GET /agents/{agentId}", () => {
  it("answers the agent with an ETag, 304 for If-None-Match, 404 for an unknown id", async () => {
    const id = await createAgent("etag@lotse.test");
    const read = await api.call("GET", `/api/v1/agents/${id}`);
    expect(read.status).toBe(200);
    const etag = read.headers.get("etag")!;
    expect((await api.call("GET", `/api/v1/agents/${id}`, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await api.call("GET", `/api/v1/agents/${id}`, { headers: { "if-none-match": '"other"' } })).status).toBe(
      200,
    );
    expect((await api.call("GET", "/api/v1/agents/nobody")).status).toBe(404);
    // A manager's id is not an agent's.
    expect((await api.call("GET", `/api/v1/agents/${api.user.id}`)).status).toBe(404);
  });
});

describe("PATCH /agents/{agentId}", () => {
  it("changes only the fields sent, through the agent page's rules, as the Management Center then shows", async () => {
    const id = await createAgent("patch@lotse.test", night, { customField: "alt" });
    await db.team.update({ where: { id: support }, data: { functions: JSON.stringify({ reports: true }) } });
    const patched = await api.call("PATCH", `/api/v1/agents/${id}`, {
      body: {
        firstName: "Petra",
        teamId: sales,
        managementCenterAccess: true,
        functions: { screenSharing: "off", reports: "on" },
        maxSessions: 3,
        newPassword: "Neues-Passwort-1",
      },
      headers: { "content-type": "application/merge-patch+json" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      firstName: "Petra",
      lastName: "Agent patch",
      customField: "alt",
      teamId: sales,
      teamPath: "Vertrieb",
      managementCenterAccess: true,
      maxSessions: 3,
    });
    expect(patched.json.functions.screenSharing).toEqual({ setting: "off", effective: false });
    expect(patched.json.functions.reports).toEqual({ setting: "on", effective: true });
    const seen = await getAgent(await companyManager(), id);
    expect(seen).toMatchObject({ firstName: "Petra", teamId: sales, managementCenterAccess: true, maxSessions: 3 });
    expect(seen.overrides).toEqual({ screenSharing: false, reports: true });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash, "Neues-Passwort-1")).toBe(true);
    expect(user.mustChangePassword).toBe(true);

    // "inherit" removes the agent's own setting; null gives the session cap back to the team.
    const back = await api.call("PATCH", `/api/v1/agents/${id}`, {
      body: { functions: { reports: "inherit" }, maxSessions: null },
    });
    expect(back.json.functions.reports).toEqual({ setting: "inherit", effective: false });
    expect(back.json.functions.screenSharing.setting).toBe("off");
    expect(back.json.maxSessions).toBeNull();
    const audit = await db.auditLog.findMany({ where: { action: "agent.updated", targetId: id } });
    expect(audit).toHaveLength(2);
  });

  it("refuses a stale If-Match with 412 and changes nothing; a current one goes through", async () => {
    const id = await createAgent("match@lotse.test");
    const etag = (await api.call("GET", `/api/v1/agents/${id}`)).headers.get("etag")!;
    const first = await api.call("PATCH", `/api/v1/agents/${id}`, {
      body: { lastName: "Erste" },
      headers: { "if-match": etag },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).not.toBe(etag);
    const stale = await api.call("PATCH", `/api/v1/agents/${id}`, {
      body: { lastName: "Zweite" },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.type).toBe("urn:lotse:problem:preconditionFailed");
    expect((await db.agentProfile.findUniqueOrThrow({ where: { userId: id } })).lastName).toBe("Erste");
    const current = await api.call("PATCH", `/api/v1/agents/${id}`, {
      body: { lastName: "Zweite" },
      headers: { "if-match": first.headers.get("etag")! },
    });
    expect(current.status).toBe(200);
  });

  it("refuses a login held by a manager or another agent, unknown fields and an unknown team", async () => {
    const id = await createAgent("mine@lotse.test");
    await createAgent("other@lotse.test");
    await createUserRecord({ kind: "manager", role: "company", loginId: "boss@lotse.test" });
    const problem = async (body: unknown) =>
      (await api.call("PATCH", `/api/v1/agents/${id}`, { body })).json.errors.map(
        (e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`,
      );
    expect(await problem({ loginId: "boss@lotse.test" })).toEqual(["/loginId loginIdIsManager"]);
    expect(await problem({ loginId: "other@lotse.test" })).toEqual(["/loginId loginIdTaken"]);
    expect(await problem({ teamId: "nope" })).toEqual(["/teamId teamRequired"]);
    // The body itself is at fault (a JSON pointer of "" is the whole document).
    expect(await problem({ disabled: true })).toEqual([" unrecognized_keys"]);
    expect(await problem({ maxSessions: 0 })).toEqual(["/maxSessions too_small"]);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).loginId).toBe("mine@lotse.test");
  });
});

describe("POST /agents/move and DELETE /agents/{agentId}", () => {
  it("moves agents to a team; an agent or team it cannot see moves none", async () => {
    const a = await createAgent("m1@lotse.test");
    const b = await createAgent("m2@lotse.test");
    const moved = await api.call("POST", "/api/v1/agents/move", { body: { agentIds: [a, b], teamId: sales } });
    expect(moved).toMatchObject({ status: 200, json: { moved: 2 } });
    expect(await db.agentProfile.count({ where: { teamId: sales } })).toBe(2);
    const unknown = await api.call("POST", "/api/v1/agents/move", { body: { agentIds: [a, "nope"], teamId: night } });
    expect(unknown.status).toBe(404);
    expect(await db.agentProfile.count({ where: { teamId: sales } })).toBe(2);
    const team = await api.call("POST", "/api/v1/agents/move", { body: { agentIds: [a], teamId: "nope" } });
    expect(team.status).toBe(404);
    const audit = await db.auditLog.count({ where: { action: "agent.moved", targetId: { in: [a, b] } } });
    expect(audit).toBe(2);
  });

  it("deletes an agent (204), honouring If-Match", async () => {
    const id = await createAgent("weg@lotse.test");
    const etag = (await api.call("GET", `/api/v1/agents/${id}`)).headers.get("etag")!;
    await api.call("PATCH", `/api/v1/agents/${id}`, { body: { customField: "geändert" } });
    expect((await api.call("DELETE", `/api/v1/agents/${id}`, { headers: { "if-match": etag } })).status).toBe(412);
    expect(await db.user.count({ where: { id } })).toBe(1);
    const deleted = await api.call("DELETE", `/api/v1/agents/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.json).toBeUndefined();
    expect(await db.user.count({ where: { id } })).toBe(0);
    expect((await api.call("DELETE", `/api/v1/agents/${id}`)).status).toBe(404);
  });
});

describe("the agents in the OpenAPI document", () => {
  it("describes the agent resources as named components", async () => {
    const { apiV1Document } = await import("@/lib/api/v1/openapi");
    const document = apiV1Document();
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining([
        "Agent",
        "AgentSummary",
        "AgentPage",
        "AgentFunction",
        "NewAgent",
        "NewAgents",
        "AgentPatch",
      ]),
    );
    const patch = document.paths?.["/agents/{agentId}"]?.patch;
    expect(patch?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: "header", name: "if-match" })]),
    );
    expect(Object.keys(patch?.responses ?? {})).toEqual(expect.arrayContaining(["200", "404", "412", "422"]));
  });
});
