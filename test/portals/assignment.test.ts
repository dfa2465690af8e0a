import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { agentPortalFeatures } from "@/lib/portals/agent-portal-features";
import { listPortalAgents } from "@/lib/portals/portal-agents";
import { getTeamPortals, setTeamPortals } from "@/lib/portals/team-portals";
import { createPortalRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "../organisation/org-fixture";

let org: Awaited<ReturnType<typeof buildOrganisation>>;
let portal: Awaited<ReturnType<typeof createPortalRecord>>;

beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
  portal = await createPortalRecord({
    name: "Kunden",
    subPortals: ["Allgemein", "Drucker"],
    features: { fileTransferSend: false },
  });
});

const [first, second] = [() => portal.subPortals[0]!.id, () => portal.subPortals[1]!.id];

describe("Teams → [team] → Portal", () => {
  it("company managers assign one or more sub-portals; the audit row says which", async () => {
    await setTeamPortals(org.principals.company, org.teams.level1.id, [first(), second()]);
    const view = await getTeamPortals(org.principals.company, org.teams.level1.id);
    expect(view.mayChange).toBe(true);
    expect(view.portals[0]!.subPortals.map((s) => [s.name, s.assigned])).toEqual([
      ["Allgemein", true],
      ["Drucker", true],
    ]);
    await setTeamPortals(org.principals.company, org.teams.level1.id, [second()]);
    expect(await db.teamSubPortal.findMany({ where: { teamId: org.teams.level1.id } })).toEqual([
      { teamId: org.teams.level1.id, subPortalId: second() },
    ]);
    expect(await db.auditLog.count({ where: { action: "team.portalsChanged" } })).toBe(2);
  });

  it("team managers see their team's portals read-only and cannot change them", async () => {
    await setTeamPortals(org.principals.company, org.teams.support.id, [first()]);
    const view = await getTeamPortals(org.principals.teamA, org.teams.support.id);
    expect(view.mayChange).toBe(false);
    expect(view.portals.map((p) => p.name)).toEqual(["Kunden"]);
    await expect(setTeamPortals(org.principals.teamA, org.teams.support.id, [])).rejects.toThrow(NotFoundError);
    await expect(getTeamPortals(org.principals.teamB, org.teams.support.id)).rejects.toThrow(NotFoundError);
    await expect(getTeamPortals(org.principals.api, org.teams.support.id)).rejects.toThrow(NotFoundError);
    expect(await db.teamSubPortal.count()).toBe(1);
  });

  it("refuses unknown or deleted sub-portals and changes nothing", async () => {
    await db.subPortal.update({ where: { id: second() }, data: { deletedAt: new Date(), slug: null } });
    await expect(setTeamPortals(org.principals.company, org.teams.support.id, [first(), second()])).rejects.toEqual(
      new ValidationError({ subPortals: "subPortalUnknown" }),
    );
    expect(await db.teamSubPortal.count()).toBe(0);
  });
});

describe("agents of a portal and their features", () => {
  beforeEach(async () => {
    await setTeamPortals(org.principals.company, org.teams.level1.id, [first()]);
    await setTeamPortals(org.principals.company, org.teams.sales.id, [second()]);
    // Level 1 switches diagnostics off; Drucker (below it) inherits; Lea overrides file transfer (receive).
    await db.team.update({
      where: { id: org.teams.level1.id },
      data: { functions: JSON.stringify({ diagnostics: false }) },
    });
    await db.agentProfile.update({
      where: { userId: org.agents.level1.id },
      data: { functions: JSON.stringify({ fileTransferReceive: false }) },
    });
  });

  it("lists the agents who reach the portal through their teams, per sub-portal too", async () => {
    const all = await listPortalAgents(org.principals.company, portal.id);
    expect(all.agents.map((a) => a.id).sort()).toEqual([org.agents.level1.id, org.agents.sales.id].sort());
    expect(all.subPortals.map((s) => [s.name, s.teams.map((t) => t.path)])).toEqual([
      ["Allgemein", ["Support › Level 1"]],
      ["Drucker", ["Vertrieb"]],
    ]);
    const onlySecond = await listPortalAgents(org.principals.company, portal.id, { subPortalId: second() });
    expect(onlySecond.agents.map((a) => a.id)).toEqual([org.agents.sales.id]);
  });

  it("pages the matrix by the chosen size: every agent once, the same values on any page, a page past the end is the last", async () => {
    for (let i = 0; i < 30; i++) {
      await createUserRecord({
        kind: "agent",
        firstName: "Mia",
        lastName: `Matrix ${String(i).padStart(2, "0")}`,
        teamIds: [org.teams.level1.id],
      });
    }
    const page = (p: number, size: number) => listPortalAgents(org.principals.company, portal.id, { page: p, size });
    const whole = await page(1, 100);
    expect([whole.total, whole.pageCount, whole.agents.length]).toEqual([32, 1, 32]);
    const [one, two] = [await page(1, 25), await page(2, 25)];
    expect([one.pageCount, one.agents.length, two.agents.length]).toEqual([2, 25, 7]);
    // Paged, the rows are the whole list cut in two: none lost, none twice, each with the same values.
    expect([...one.agents, ...two.agents]).toEqual(whole.agents);
    expect((await page(99, 25)).page).toBe(2);
    expect((await page(Number.MAX_SAFE_INTEGER, 25)).agents).toEqual(two.agents);
    const onlySecond = await listPortalAgents(org.principals.company, portal.id, {
      subPortalId: second(),
      page: 3,
      size: 25,
    });
    expect([onlySecond.page, onlySecond.pageCount, onlySecond.agents.map((a) => a.id)]).toEqual([
      1,
      1,
      [org.agents.sales.id],
    ]);
  });

  it("explains every value: portal, team, agent", async () => {
    const lea = (await listPortalAgents(org.principals.company, portal.id)).agents.find(
      (a) => a.id === org.agents.level1.id,
    )!;
    expect(lea.features.fileTransferSend).toEqual({ on: false, decidedBy: { level: "portal" } });
    expect(lea.features.fileTransferReceive).toEqual({
      on: false,
      decidedBy: { level: "agentLevel", source: { kind: "agent" } },
    });
    expect(lea.features.diagnostics).toMatchObject({
      on: false,
      decidedBy: { source: { kind: "team", teamName: "Level 1", inherited: false } },
    });
    // The Admin Center has not allowed recording for the account.
    expect(lea.features.sessionRecording).toEqual({ on: false, decidedBy: { level: "account" } });
    expect(lea.features.customerSurvey).toEqual({ on: true, decidedBy: { level: "portal" } });
  });

  it("the agent page shows the same per portal, for managers of that agent only", async () => {
    // Recording is on where the Admin Center, the portal and the agent all say so.
    await db.accountSettings.upsert({
      where: { id: 1 },
      create: { id: 1, localRecordingAllowed: true },
      update: { localRecordingAllowed: true },
    });
    await db.portal.update({
      where: { id: portal.id },
      data: { features: JSON.stringify({ sessionRecording: true }) },
    });
    await db.agentProfile.update({
      where: { userId: org.agents.level1.id },
      data: { functions: JSON.stringify({ fileTransferReceive: false, sessionRecording: true }) },
    });
    const matrix = await agentPortalFeatures(org.principals.teamA, org.agents.level1.id);
    expect(matrix.map((m) => [m.portalName, m.subPortals])).toEqual([["Kunden", ["Allgemein"]]]);
    expect(matrix[0]!.features.sessionRecording).toEqual({
      on: true,
      decidedBy: { level: "agentLevel", source: { kind: "agent" } },
    });
    expect(matrix[0]!.features.fileTransferReceive).toEqual({
      on: false,
      decidedBy: { level: "agentLevel", source: { kind: "agent" } },
    });
    expect(await agentPortalFeatures(org.principals.company, org.agents.printers.id)).toEqual([]);
    await expect(agentPortalFeatures(org.principals.teamB, org.agents.level1.id)).rejects.toThrow(NotFoundError);
    await expect(listPortalAgents(org.principals.teamA, portal.id)).rejects.toThrow(NotFoundError);
  });
});
