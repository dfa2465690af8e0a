import { beforeEach, describe, expect, it } from "vitest";
import type { TeamManagerRight } from "@/lib/access/rights";
import { db } from "@/lib/db/client";
import { updateAccountGrants } from "@/lib/admin/account-grants";
import { NotFoundError } from "@/lib/errors/domain-errors";
import {
  createApiManager,
  createTeamManager,
  deleteManagers,
  getTeamManager,
  listManagers,
  mayCreateApiManagers,
  updateTeamManager,
} from "@/lib/managers/managers";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "./org-fixture";

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
});

const teamManager = (loginId: string, teamIds: string[]) => ({
  loginId,
  email: loginId,
  name: "Tara Team",
  password: "Team-pass-123",
  teamIds,
  rights: ["addDeleteAgents", "manageBusinessHours"] as TeamManagerRight[],
});

describe("Manager page", () => {
  it("is for company managers only", async () => {
    for (const actor of [
      org.principals.teamA,
      org.principals.teamB,
      org.principals.api,
      org.principals.agentWithAccess,
    ]) {
      await expect(listManagers(actor, "team")).rejects.toThrow(NotFoundError);
      await expect(
        createTeamManager(actor, teamManager(`x${actor.userId}@lotse.test`, [org.teams.support.id])),
      ).rejects.toThrow(NotFoundError);
      await expect(getTeamManager(actor, org.principals.teamA.userId)).rejects.toThrow(NotFoundError);
      await expect(deleteManagers(actor, [org.principals.teamB.userId])).rejects.toThrow(NotFoundError);
    }
  });

  it("adds a team manager for several teams with rights, and edits them", async () => {
    const user = await createTeamManager(
      org.principals.company,
      teamManager("tara@lotse.test", [org.teams.support.id, org.teams.sales.id]),
    );
    expect(await getTeamManager(org.principals.company, user.id)).toMatchObject({
      loginId: "tara@lotse.test",
      teamIds: expect.arrayContaining([org.teams.support.id, org.teams.sales.id]),
      rights: ["addDeleteAgents", "manageBusinessHours"],
    });
    await updateTeamManager(org.principals.company, user.id, {
      ...teamManager("tara@lotse.test", [org.teams.inside.id]),
      password: "",
      rights: [],
    });
    expect(await getTeamManager(org.principals.company, user.id)).toMatchObject({
      teamIds: [org.teams.inside.id],
      rights: [],
    });
    const list = await listManagers(org.principals.company, "team", { name: "tara" });
    expect(list).toEqual([expect.objectContaining({ loginId: "tara@lotse.test", teams: ["Vertrieb › Innendienst"] })]);
  });

  it("grants no right that is not available yet, and keeps the stored ones when saving", async () => {
    const user = await createTeamManager(org.principals.company, {
      ...teamManager("tom@lotse.test", [org.teams.support.id]),
      rights: ["addDeleteAgents", "setAutoResponses", "logOutAgents"],
    });
    const storedRights = async () =>
      JSON.parse((await db.managerProfile.findUniqueOrThrow({ where: { userId: user.id } })).rights);
    expect(await storedRights()).toEqual(["addDeleteAgents"]);

    // Rights stored before they became unavailable (or by the demo) stay through a save that
    // does not send them (disabled boxes), and a forged request cannot add or remove one.
    await db.managerProfile.update({
      where: { userId: user.id },
      data: { rights: JSON.stringify(["addDeleteAgents", "cancelRequests", "setAutoResponses"]) },
    });
    await updateTeamManager(org.principals.company, user.id, {
      ...teamManager("tom@lotse.test", [org.teams.support.id]),
      password: "",
      rights: ["editAgentPassword"],
    });
    expect(await storedRights()).toEqual(["editAgentPassword", "setAutoResponses", "cancelRequests"]);
    await updateTeamManager(org.principals.company, user.id, {
      ...teamManager("tom@lotse.test", [org.teams.support.id]),
      password: "",
      rights: ["editAgentPassword", "logOutAgents"],
    });
    expect(await storedRights()).toEqual(["editAgentPassword", "setAutoResponses", "cancelRequests"]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "manager.updated", targetId: user.id },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(audit.summary).after.rights).toEqual(["editAgentPassword", "setAutoResponses", "cancelRequests"]);
  });

  it("needs at least one team, and a login that no agent uses", async () => {
    const agent = await db.user.findUniqueOrThrow({ where: { id: org.agents.sales.id } });
    await expect(createTeamManager(org.principals.company, teamManager(agent.loginId, []))).rejects.toMatchObject({
      fieldErrors: { teamIds: "teamsRequired" },
    });
    await expect(
      createTeamManager(org.principals.company, teamManager(agent.loginId, [org.teams.sales.id])),
    ).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdTaken" },
    });
  });

  it("deletes the selected managers all or nothing, never a company manager", async () => {
    const other = await createUserRecord({ kind: "manager", role: "company" });
    await expect(deleteManagers(org.principals.company, [org.principals.teamA.userId, other.id])).rejects.toThrow(
      NotFoundError,
    );
    expect(await db.user.count({ where: { id: org.principals.teamA.userId } })).toBe(1);
    expect(
      await deleteManagers(org.principals.company, [org.principals.teamA.userId, org.principals.teamB.userId]),
    ).toBe(2);
    expect(await db.session.count({ where: { id: org.principals.teamA.sessionId } })).toBe(0);
  });
});

describe("API managers", () => {
  const api = {
    loginId: "robot@lotse.test",
    email: "robot@lotse.test",
    name: "Provisioning",
    password: "Robot-pass-123",
  };

  it("can be created only while the Admin Center grants it", async () => {
    expect(await mayCreateApiManagers(org.principals.company)).toBe(false);
    await expect(createApiManager(org.principals.company, api)).rejects.toThrow(NotFoundError);
    const admin = await signedInPrincipal(await createUserRecord({ kind: "admin" }), "admin");
    await updateAccountGrants(admin, {
      companyManagersMayChangePortals: false,
      companyManagersMayCreateApiManagers: true,
      localRecordingAllowed: false,
    });
    expect(await mayCreateApiManagers(org.principals.company)).toBe(true);
    expect(await mayCreateApiManagers(org.principals.teamA)).toBe(false);
    await expect(createApiManager(org.principals.teamA, { ...api, loginId: "r2@lotse.test" })).rejects.toThrow(
      NotFoundError,
    );
    await createApiManager(org.principals.company, api);
    expect((await listManagers(org.principals.company, "api")).map((m) => m.loginId)).toContain("robot@lotse.test");
  });
});
