import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getAgent, updateAgent } from "@/lib/agents/agent-details";
import { getBulkEntry, startBulkEntry } from "@/lib/agents/bulk-entry";
import { listAgents } from "@/lib/agents/list-agents";
import { deleteAgents, moveAgents } from "@/lib/agents/move-and-delete-agents";
import {
  addPendingAgent,
  createPendingAgents,
  listPendingAgents,
  removePendingAgents,
} from "@/lib/agents/pending-agents";
import { verifyPassword } from "@/lib/auth/password";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "./org-fixture";

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
});

const loginsOf = async (actor: Parameters<typeof listAgents>[0], query = {}) =>
  (await listAgents(actor, query)).agents.map((a) => a.firstName).sort();

describe("Agents page", () => {
  it("lists only the agents of the manager's teams and sub-teams", async () => {
    expect(await loginsOf(org.principals.company)).toEqual(["Ines", "Lea", "Paul", "Sina", "Test", "Vera"]);
    expect(await loginsOf(org.principals.teamA)).toEqual(["Lea", "Paul", "Sina", "Test"]);
    expect(await loginsOf(org.principals.teamB)).toEqual(["Ines", "Vera"]);
    await expect(listAgents(org.principals.api, {})).rejects.toThrow(NotFoundError);
    await expect(listAgents(org.principals.agentWithAccess, {})).rejects.toThrow(NotFoundError);
  });

  it("searches names, screen names and logins, filters by team subtree and by 'no team'", async () => {
    expect(await loginsOf(org.principals.company, { q: "PAUL" })).toEqual(["Paul"]);
    expect(await loginsOf(org.principals.company, { team: org.teams.level1.id })).toEqual(["Lea", "Paul"]);
    await db.agentProfile.update({ where: { userId: org.agents.sales.id }, data: { teamId: null } });
    expect(await loginsOf(org.principals.company, { team: "none" })).toEqual(["Vera"]);
    // A team manager can't see the "no team" agents, nor filter by a foreign team to see more.
    expect(await loginsOf(org.principals.teamA, { team: "none" })).toEqual([]);
    expect(await loginsOf(org.principals.teamA, { team: org.teams.sales.id })).toEqual(["Lea", "Paul", "Sina", "Test"]);
  });

  it("pages and sorts", async () => {
    for (let i = 0; i < 60; i++)
      await createUserRecord({
        kind: "agent",
        firstName: `P${String(i).padStart(2, "0")}`,
        lastName: "Zeta",
        teamIds: [org.teams.inside.id],
      });
    const first = await listAgents(org.principals.company, { sort: "name" });
    expect([first.total, first.pages, first.agents.length]).toEqual([66, 2, 50]);
    const second = await listAgents(org.principals.company, { sort: "name", page: 2 });
    expect(second.agents.map((a) => a.firstName).slice(-2)).toEqual(["P58", "P59"]);
    const desc = await listAgents(org.principals.company, { sort: "name", direction: "desc" });
    expect(desc.agents[0]?.firstName).toBe("P59");
  });

  it("sorts by the team path it shows, in German collation, both ways and across pages", async () => {
    // By own name the order would be Drucker, Innendienst, Level 1, Support, Vertrieb, Ärztedienst.
    const doctors = await createTeamRecord("Ärztedienst");
    const two = (i: number) => String(i).padStart(2, "0");
    for (let i = 0; i < 30; i++) {
      await createUserRecord({ kind: "agent", firstName: "A", lastName: `Arzt ${two(i)}`, teamIds: [doctors.id] });
      await createUserRecord({
        kind: "agent",
        firstName: "D",
        lastName: `Druck ${two(i)}`,
        teamIds: [org.teams.printers.id],
      });
    }
    await createUserRecord({ kind: "agent", firstName: "Nora", lastName: "Ohneteam" });
    const teams: [string, string[]][] = [
      ["Ärztedienst", Array.from({ length: 30 }, (_, i) => `Arzt ${two(i)}`)],
      ["Support", ["Agent", "Muster"]],
      ["Support › Level 1", ["Muster"]],
      ["Support › Level 1 › Drucker", [...Array.from({ length: 30 }, (_, i) => `Druck ${two(i)}`), "Muster"]],
      ["Vertrieb", ["Muster"]],
      ["Vertrieb › Innendienst", ["Muster"]],
    ];
    const rows = (order: [string, string[]][]) =>
      order.flatMap(([path, names]) => names.map((name) => `${path}: ${name}`));
    const listed = async (direction: "asc" | "desc") => {
      const first = await listAgents(org.principals.company, { sort: "team", direction, locale: "de" });
      const second = await listAgents(org.principals.company, { sort: "team", direction, locale: "de", page: 2 });
      expect([first.total, first.pages, first.agents.length, second.agents.length]).toEqual([67, 2, 50, 17]);
      return [...first.agents, ...second.agents].map((a) => `${a.teamPath ?? "—"}: ${a.lastName}`);
    };
    // Agents without a team come first ascending (an empty column), last descending; names stay A–Z.
    expect(await listed("asc")).toEqual(["—: Ohneteam", ...rows(teams)]);
    expect(await listed("desc")).toEqual([...rows([...teams].reverse()), "—: Ohneteam"]);
  });
});

describe("moving and deleting agents", () => {
  it("moves agents only between teams the team manager manages both", async () => {
    await moveAgents(org.principals.teamA, [org.agents.support.id, org.agents.printers.id], org.teams.level1.id);
    expect(await db.agentProfile.count({ where: { teamId: org.teams.level1.id } })).toBe(3);
    await expect(moveAgents(org.principals.teamA, [org.agents.level1.id], org.teams.sales.id)).rejects.toThrow(
      NotFoundError,
    );
    // All or nothing: one foreign agent in the selection refuses the whole move.
    await expect(
      moveAgents(org.principals.teamA, [org.agents.level1.id, org.agents.sales.id], org.teams.support.id),
    ).rejects.toThrow(NotFoundError);
    expect((await db.agentProfile.findUniqueOrThrow({ where: { userId: org.agents.level1.id } })).teamId).toBe(
      org.teams.level1.id,
    );
    await moveAgents(org.principals.company, [org.agents.level1.id], org.teams.sales.id);
  });

  it("deletes agents with the right, in the manager's teams only", async () => {
    await expect(deleteAgents(org.principals.teamB, [org.agents.sales.id])).rejects.toThrow(NotFoundError);
    await expect(deleteAgents(org.principals.teamA, [org.agents.sales.id])).rejects.toThrow(NotFoundError);
    const session = await signedInPrincipal(
      await db.user.findUniqueOrThrow({
        where: { id: org.agents.support.id },
        include: { manager: true, agent: true },
      }),
    );
    await deleteAgents(org.principals.teamA, [org.agents.support.id, org.agents.level1.id]);
    expect(await db.user.count({ where: { id: { in: [org.agents.support.id, org.agents.level1.id] } } })).toBe(0);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "agent.deleted", targetId: org.agents.support.id },
    });
    expect(JSON.parse(audit.summary).name).toBe("Sina Muster");
  });
});

describe("editing an agent", () => {
  const base = async (id: string) => {
    const a = await getAgent(org.principals.company, id);
    return {
      loginId: a.loginId,
      firstName: a.firstName,
      lastName: a.lastName,
      screenName: a.screenName,
      email: a.email,
      customField: a.customField,
      teamId: a.teamId ?? "",
      managementCenterAccess: a.managementCenterAccess,
      newPassword: "",
      functions: {},
      maxSessions: "",
    };
  };

  it("shows each function's effective value and where it comes from", async () => {
    await db.team.update({
      where: { id: org.teams.support.id },
      data: { functions: JSON.stringify({ fileTransferSend: false }) },
    });
    await updateAgent(org.principals.teamA, org.agents.printers.id, {
      ...(await base(org.agents.printers.id)),
      functions: { diagnostics: "off" },
    });
    const agent = await getAgent(org.principals.teamA, org.agents.printers.id);
    expect(agent.effective.diagnostics).toEqual({ value: false, source: { kind: "agent" } });
    expect(agent.effective.fileTransferSend).toEqual({
      value: false,
      source: { kind: "team", teamId: org.teams.support.id, teamName: "Support", inherited: true },
    });
    expect(agent.effective.fileTransferReceive).toEqual({ value: true, source: { kind: "default" } });
  });

  it("keeps the stored override of a function that is not available yet, whatever the form sends", async () => {
    const id = org.agents.sales.id;
    const stored = { saveLoginPassword: true, screenSharing: false, diagnostics: false };
    await db.agentProfile.update({ where: { userId: id }, data: { functions: JSON.stringify(stored) } });
    const storedFunctions = async () =>
      JSON.parse((await db.agentProfile.findUniqueOrThrow({ where: { userId: id } })).functions);
    const input = await base(id);

    // A disabled select is not sent: the action reads "inherit" for it.
    await updateAgent(org.principals.company, id, {
      ...input,
      functions: { saveLoginPassword: "inherit", screenSharing: "inherit", diagnostics: "inherit" },
    });
    expect(await storedFunctions()).toEqual({ saveLoginPassword: true });

    // A forged "on"/"off" for them changes nothing; the available ones still change.
    await updateAgent(org.principals.company, id, {
      ...input,
      functions: { saveLoginPassword: "off", screenSharing: "on", sessionRecording: "on", diagnostics: "off" },
    });
    expect(await storedFunctions()).toEqual({
      saveLoginPassword: true,
      screenSharing: true,
      sessionRecording: true,
      diagnostics: false,
    });
  });

  it("needs the name/login right to rename and the password right to reset, and answers not found without", async () => {
    const input = await base(org.agents.sales.id);
    await expect(
      updateAgent(org.principals.teamB, org.agents.sales.id, { ...input, firstName: "Renamed" }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      updateAgent(org.principals.teamB, org.agents.sales.id, { ...input, newPassword: "Another-pass-1" }),
    ).rejects.toThrow(NotFoundError);
    await updateAgent(org.principals.teamB, org.agents.sales.id, {
      ...input,
      customField: "KST-1",
      managementCenterAccess: true,
    });
    expect((await getAgent(org.principals.teamB, org.agents.sales.id)).customField).toBe("KST-1");
    await expect(
      updateAgent(org.principals.teamB, org.agents.support.id, await base(org.agents.support.id)),
    ).rejects.toThrow(NotFoundError);
  });

  it("says the session limit that really applies: one while multi-session is off, whatever the max says", async () => {
    const input = await base(org.agents.sales.id);
    await updateAgent(org.principals.company, org.agents.sales.id, {
      ...input,
      maxSessions: "3",
      functions: { multiSession: "off" },
    });
    expect((await getAgent(org.principals.company, org.agents.sales.id)).sessionLimit).toEqual({
      limit: 1,
      multiSessionOff: true,
    });
    await updateAgent(org.principals.company, org.agents.sales.id, {
      ...input,
      maxSessions: "3",
      functions: { multiSession: "on" },
    });
    expect((await getAgent(org.principals.company, org.agents.sales.id)).sessionLimit).toEqual({
      limit: 3,
      multiSessionOff: false,
    });
  });

  it("needs the password right to change the e-mail address, and tells the old address", async () => {
    // Whoever sets the address receives the reset links: without the password right, no address change.
    const input = await base(org.agents.sales.id);
    await expect(
      updateAgent(org.principals.teamB, org.agents.sales.id, { ...input, email: "takeover@example.com" }),
    ).rejects.toThrow(NotFoundError);
    expect((await db.user.findUniqueOrThrow({ where: { id: org.agents.sales.id } })).email).toBe(input.email);
    expect(await db.outboxEmail.count()).toBe(0);

    await updateAgent(org.principals.company, org.agents.sales.id, { ...input, email: "neu@example.com" });
    const [notice] = await db.outboxEmail.findMany();
    expect(notice?.recipient).toBe(input.email);
    expect(notice?.text).toContain("neu@example.com");
    expect(notice?.text).toContain(org.principals.company.loginId);
  });

  it("resets a password so that it must be changed and the agent's sessions end", async () => {
    const user = await db.user.findUniqueOrThrow({
      where: { id: org.agents.support.id },
      include: { manager: true, agent: true },
    });
    const session = await signedInPrincipal(user);
    await updateAgent(org.principals.teamA, user.id, { ...(await base(user.id)), newPassword: "Temporary-pass-9" });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.mustChangePassword).toBe(true);
    expect(await verifyPassword(saved.passwordHash, "Temporary-pass-9")).toBe(true);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
  });

  it("refuses a login that a manager already uses", async () => {
    const manager = await db.user.findUniqueOrThrow({ where: { id: org.principals.teamB.userId } });
    await expect(
      updateAgent(org.principals.company, org.agents.sales.id, {
        ...(await base(org.agents.sales.id)),
        loginId: manager.loginId,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdIsManager" },
    });
  });
});

describe("Mitarbeiter hinzufügen", () => {
  const newAgent = (loginId: string, teamId: string) => ({
    loginId,
    firstName: "Neu",
    lastName: "Person",
    screenName: "",
    email: "",
    password: "Start-pass-123",
    teamId,
    customField: "",
  });

  it("collects agents on the pending list and creates them all at once", async () => {
    await addPendingAgent(org.principals.teamA, newAgent("neu1@lotse.test", org.teams.printers.id));
    await addPendingAgent(org.principals.teamA, newAgent("neu2@lotse.test", org.teams.support.id));
    await addPendingAgent(org.principals.teamA, newAgent("neu3@lotse.test", org.teams.support.id));
    await expect(
      addPendingAgent(org.principals.teamA, newAgent("NEU1@lotse.test", org.teams.support.id)),
    ).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdPending" },
    });
    await expect(
      addPendingAgent(org.principals.teamA, newAgent("x@lotse.test", org.teams.sales.id)),
    ).rejects.toMatchObject({
      fieldErrors: { teamId: "teamRequired" },
    });
    const pending = await listPendingAgents(org.principals.teamA);
    expect(pending.map((p) => p.loginId)).toEqual(["neu1@lotse.test", "neu2@lotse.test", "neu3@lotse.test"]);
    expect(JSON.stringify(pending)).not.toContain("argon2");
    await removePendingAgents(org.principals.teamA, [pending[2]!.id]);
    expect(await createPendingAgents(org.principals.teamA)).toBe(2);
    const created = await db.user.findUniqueOrThrow({
      where: { loginId: "neu1@lotse.test" },
      include: { agent: true },
    });
    expect(created.agent).toMatchObject({ teamId: org.teams.printers.id, screenName: "Neu" });
    expect(created.email).toBe("neu1@lotse.test");
    expect(await listPendingAgents(org.principals.teamA)).toEqual([]);
  });

  it("creates none of the pending agents when one login was taken in the meantime", async () => {
    await addPendingAgent(org.principals.company, newAgent("a1@lotse.test", org.teams.sales.id));
    await addPendingAgent(org.principals.company, newAgent("a2@lotse.test", org.teams.sales.id));
    await createUserRecord({ kind: "agent", loginId: "a2@lotse.test" });
    await expect(createPendingAgents(org.principals.company)).rejects.toThrow(ValidationError);
    expect(await db.user.count({ where: { loginId: "a1@lotse.test" } })).toBe(0);
    expect((await listPendingAgents(org.principals.company)).length).toBe(2);
  });

  it("is refused to team managers without the add/delete agents right", async () => {
    await expect(addPendingAgent(org.principals.teamB, newAgent("b@lotse.test", org.teams.sales.id))).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe("Masseneingabe", () => {
  async function finished(actor: Parameters<typeof getBulkEntry>[0], bulkEntryId: string) {
    // The bulk entry runs in the background and announces nothing: ask until it no longer runs.
    return vi.waitFor(
      async () => {
        const job = await getBulkEntry(actor, bulkEntryId);
        if (job.status === "running") throw new Error("the bulk entry is still running");
        return job;
      },
      { timeout: 10_000 },
    );
  }

  it("creates every agent of a valid input in the background, reporting progress", async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => `Support,Level 1,bulk${i}@lotse.test,Bulk,Nr ${i},Bulk-pass-${i}x,,`,
    );
    const result = await startBulkEntry(org.principals.teamA, lines.join("\n"));
    if (!("bulkEntryId" in result)) throw new Error(JSON.stringify(result));
    const job = await finished(org.principals.teamA, result.bulkEntryId);
    expect(job).toMatchObject({ status: "done", total: 30, processed: 30, created: 30 });
    expect(await db.agentProfile.count({ where: { teamId: org.teams.level1.id } })).toBe(31);
    await expect(getBulkEntry(org.principals.company, result.bulkEntryId)).rejects.toThrow(NotFoundError);
  });

  it("creates nothing when any line is bad", async () => {
    const result = await startBulkEntry(
      org.principals.teamA,
      "Support,Level 1,good@lotse.test,A,B,Good-pass-123,,\nVertrieb,Innendienst,foreign@lotse.test,A,B,Good-pass-123,,",
    );
    expect(result).toEqual({ problems: [{ line: 2, code: "bulkUnknownTeam", value: "Vertrieb › Innendienst" }] });
    expect(await db.user.count({ where: { loginId: "good@lotse.test" } })).toBe(0);
  });
});
