import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAgent } from "@/lib/agents/agent-details";
import { listAgents } from "@/lib/agents/list-agents";
import { createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { apiClient, companyManager, newAgent } from "./api-client";

let api: Awaited<ReturnType<typeof apiClient>>;
let teamId: string;
beforeEach(async () => {
  await resetDatabase();
  api = await apiClient();
  const parent = await createTeamRecord("Support");
  teamId = (await createTeamRecord("Nacht", parent.id)).id;
});

const agentsIn = (team: string) => db.agentProfile.count({ where: { teamId: team } });

describe("POST /agents", () => {
  it("creates one agent: 201 with Location and ETag, as the Management Center then shows it", async () => {
    const created = await api.call("POST", "/api/v1/agents", {
      body: newAgent(teamId, "Neu@Lotse.test", {
        customField: "KST-7",
        externalId: "okta-1",
        password: "Sicher-123456",
      }),
    });
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect(created.headers.get("location")).toBe(`/api/v1/agents/${id}`);
    expect(created.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(created.json).toMatchObject({
      loginId: "neu@lotse.test",
      email: "neu@lotse.test",
      screenName: "Api",
      customField: "KST-7",
      teamId,
      teamPath: "Support › Nacht",
      managementCenterAccess: false,
      active: true,
      externalId: "okta-1",
      maxSessions: null,
    });
    expect(created.json.functions.screenSharing).toEqual({ setting: "inherit", effective: true });

    const manager = await companyManager();
    const seen = await getAgent(manager, id);
    expect(seen).toMatchObject({
      loginId: created.json.loginId,
      email: created.json.email,
      firstName: created.json.firstName,
      lastName: created.json.lastName,
      screenName: created.json.screenName,
      customField: created.json.customField,
      teamId: created.json.teamId,
      teamPath: created.json.teamPath,
      externalId: "okta-1",
      overrides: {},
    });
    const listed = await listAgents(manager, { q: "neu@lotse.test" });
    expect(listed.agents).toEqual([
      expect.objectContaining({ id, loginId: "neu@lotse.test", teamPath: "Support › Nacht" }),
    ]);
    const audit = await db.auditLog.findFirst({ where: { action: "agent.created", targetId: id } });
    expect(JSON.parse(audit!.summary)).toMatchObject({ via: "api", apiToken: "Test script" });
  });

  it("names the body's own fields: bad format, a login held by a manager or an agent, an unknown team", async () => {
    await createUserRecord({ kind: "manager", role: "team", loginId: "chef@lotse.test" });
    await createUserRecord({ kind: "agent", loginId: "schon@lotse.test", teamIds: [teamId] });
    const problems = async (body: unknown) => {
      const response = await api.call("POST", "/api/v1/agents", { body });
      expect(response.status).toBe(422);
      return response.json.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`);
    };
    expect(await problems(newAgent(teamId, "kein-login", { firstName: " " }))).toEqual([
      "/loginId loginIdFormat",
      "/firstName firstNameRequired",
    ]);
    expect(await problems(newAgent(teamId, "chef@lotse.test"))).toEqual(["/loginId loginIdIsManager"]);
    expect(await problems(newAgent(teamId, "SCHON@lotse.test"))).toEqual(["/loginId loginIdTaken"]);
    expect(await problems(newAgent("no-such-team", "x@lotse.test"))).toEqual(["/teamId teamRequired"]);
    expect(await problems({ loginId: 5, teamId })).toEqual(
      expect.arrayContaining(["/loginId invalid_type", "/firstName invalid_type"]),
    );
    expect(await agentsIn(teamId)).toBe(1);
  });

  it("answers in the caller's language", async () => {
    const response = await api.call("POST", "/api/v1/agents", {
      body: newAgent(teamId, "kein-login"),
      headers: { "accept-language": "de-DE" },
    });
    expect(response.json.errors[0].detail).toMatch(/Benutzerkennung/);
  });

  it("refuses no token, a revoked token and one that is no longer an API manager's", async () => {
    const none = await api.call("POST", "/api/v1/agents", { body: newAgent(teamId, "a@lotse.test"), secret: null });
    expect(none.status).toBe(401);
    await db.apiToken.update({ where: { id: api.token.id }, data: { revokedAt: new Date() } });
    expect((await api.call("POST", "/api/v1/agents", { body: newAgent(teamId, "a@lotse.test") })).status).toBe(401);
    await db.managerProfile.update({ where: { userId: api.user.id }, data: { role: "company" } });
    await db.apiToken.update({ where: { id: api.token.id }, data: { revokedAt: null } });
    expect((await api.call("POST", "/api/v1/agents", { body: newAgent(teamId, "a@lotse.test") })).status).toBe(401);
    expect(await agentsIn(teamId)).toBe(0);
  });
});

describe("POST /agents/bulk", () => {
  const thousand = (prefix: string) =>
    Array.from({ length: 1000 }, (_, i) => newAgent(teamId, `${prefix}${String(i).padStart(4, "0")}@lotse.test`));

  it("creates none when one row of 1,000 is bad, and names that row", async () => {
    const agents = thousand("bulk");
    agents[537] = { ...agents[537]!, loginId: "kaputt" };
    const response = await api.call("POST", "/api/v1/agents/bulk", { body: { agents } });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      { pointer: "/agents/537/loginId", code: "loginIdFormat", detail: expect.any(String) },
    ]);
    expect(await agentsIn(teamId)).toBe(0);
  });

  it("names duplicate logins within one request, and logins held by a manager, by row", async () => {
    await createUserRecord({ kind: "manager", role: "company", loginId: "boss@lotse.test" });
    const response = await api.call("POST", "/api/v1/agents/bulk", {
      body: {
        agents: [
          newAgent(teamId, "twin@lotse.test"),
          newAgent(teamId, "ok@lotse.test"),
          newAgent(teamId, "TWIN@lotse.test"),
          newAgent(teamId, "boss@lotse.test"),
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)).toEqual([
      "/agents/2/loginId loginIdDuplicateInInput",
      "/agents/3/loginId loginIdIsManager",
    ]);
    expect(await agentsIn(teamId)).toBe(0);
  });

  it("creates 1,000 agents at once and answers their ids in order", { timeout: 120_000 }, async () => {
    const response = await api.call("POST", "/api/v1/agents/bulk", { body: { agents: thousand("tausend") } });
    expect(response.status).toBe(201);
    expect(response.json.ids).toHaveLength(1000);
    const users = await db.user.findMany({
      where: { id: { in: response.json.ids } },
      select: { id: true, loginId: true },
    });
    const loginOf = new Map(users.map((u) => [u.id, u.loginId]));
    expect(response.json.ids.map((id: string) => loginOf.get(id))).toEqual(thousand("tausend").map((a) => a.loginId));
    expect(await agentsIn(teamId)).toBe(1000);
    const listed = await listAgents(await companyManager(), { team: teamId });
    expect(listed.total).toBe(1000);
  });

  it("refuses an empty list and more than 5,000", async () => {
    const empty = await api.call("POST", "/api/v1/agents/bulk", { body: { agents: [] } });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0].pointer).toBe("/agents");
    const agents = Array.from({ length: 5001 }, (_, i) => newAgent(teamId, `zu${i}@lotse.test`));
    const tooMany = await api.call("POST", "/api/v1/agents/bulk", { body: { agents } });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.errors).toEqual([expect.objectContaining({ pointer: "/agents", code: "too_big" })]);
    expect(await agentsIn(teamId)).toBe(0);
  });
});
