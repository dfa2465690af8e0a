import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { createTeam, deleteTeam, getTeam, listTeamTree, updateTeam } from "@/lib/teams/teams";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "./org-fixture";

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
});

const settings = (name: string, parentId: string | null = null) => ({
  name,
  parentId: parentId ?? "",
  availableLogins: "",
  greeting: "",
  cannedMessages: "",
  cannedUrls: "",
  functions: {},
  maxSessions: "",
});

const names = (nodes: { name: string; children: unknown[] }[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.name, names(n.children as never)] : n.name));

describe("team tree", () => {
  it("shows company managers every team and team managers only theirs, at any depth", async () => {
    expect(names((await listTeamTree(org.principals.company)).roots)).toEqual([
      ["Support", [["Level 1", ["Drucker"]]]],
      ["Vertrieb", ["Innendienst"]],
    ]);
    expect(names((await listTeamTree(org.principals.teamA)).roots)).toEqual([["Support", [["Level 1", ["Drucker"]]]]]);
    expect(names((await listTeamTree(org.principals.teamB)).roots)).toEqual([["Vertrieb", ["Innendienst"]]]);
    for (const outsider of [org.principals.api, org.principals.agentWithAccess]) {
      await expect(listTeamTree(outsider)).rejects.toThrow(NotFoundError);
    }
  });

  it("lets only company managers add top-level teams and managers with the right add sub-teams below their teams", async () => {
    await createTeam(org.principals.company, settings("Backoffice"));
    await expect(createTeam(org.principals.teamA, settings("Rogue"))).rejects.toThrow(NotFoundError);
    const sub = await createTeam(org.principals.teamA, settings("Level 3", org.teams.printers.id));
    expect(sub.parentId).toBe(org.teams.printers.id);
    await expect(createTeam(org.principals.teamA, settings("Foreign", org.teams.sales.id))).rejects.toThrow(
      NotFoundError,
    );
    // Team manager B manages Vertrieb but lacks the "add/delete sub-teams" right.
    await expect(createTeam(org.principals.teamB, settings("Neu", org.teams.sales.id))).rejects.toThrow(NotFoundError);
  });

  it("refuses a second team of the same name under one parent", async () => {
    await expect(createTeam(org.principals.company, settings("support"))).rejects.toMatchObject({
      fieldErrors: { name: "teamNameTaken" },
    });
  });

  it("deletes a team with its sub-teams and keeps their agents, without a team", async () => {
    const result = await deleteTeam(org.principals.company, org.teams.support.id);
    expect(result).toEqual({ teams: 3, agentsReleased: 4 });
    expect(
      await db.team.count({
        where: { id: { in: [org.teams.support.id, org.teams.level1.id, org.teams.printers.id] } },
      }),
    ).toBe(0);
    const released = await db.agentProfile.findMany({
      where: { userId: { in: [org.agents.support.id, org.agents.level1.id, org.agents.printers.id] } },
    });
    expect(released.map((a) => a.teamId)).toEqual([null, null, null]);
    expect(await db.agentProfile.count({ where: { userId: org.agents.sales.id, teamId: org.teams.sales.id } })).toBe(1);
  });

  it("lets a team manager delete sub-teams of their teams but not their own team or others' teams", async () => {
    await expect(deleteTeam(org.principals.teamA, org.teams.support.id)).rejects.toThrow(NotFoundError);
    await expect(deleteTeam(org.principals.teamA, org.teams.inside.id)).rejects.toThrow(NotFoundError);
    await expect(deleteTeam(org.principals.teamB, org.teams.inside.id)).rejects.toThrow(NotFoundError);
    await deleteTeam(org.principals.teamA, org.teams.level1.id);
    expect(await db.team.count({ where: { id: org.teams.printers.id } })).toBe(0);
  });

  it("never moves a team into its own subtree", async () => {
    await expect(
      updateTeam(org.principals.company, org.teams.support.id, settings("Support", org.teams.printers.id)),
    ).rejects.toMatchObject({ fieldErrors: { parentId: "parentTeamInvalid" } });
  });

  it("saves team settings and shows inherited function values with their origin", async () => {
    await updateTeam(org.principals.teamA, org.teams.support.id, {
      ...settings("Support"),
      availableLogins: "25",
      greeting: "Hallo!",
      cannedMessages: "Einen Moment bitte\nDanke",
      cannedUrls: "https://example.com/hilfe",
      functions: { fileTransferSend: "off", multiSession: "on" },
      maxSessions: "2",
    });
    const { team, inherited } = await getTeam(org.principals.teamA, org.teams.printers.id);
    expect(team.path).toBe("Support › Level 1 › Drucker");
    expect(inherited.multiSession).toMatchObject({ value: true, source: { kind: "team", teamName: "Support" } });
    expect(inherited.fileTransferSend).toEqual({
      value: false,
      source: { kind: "team", teamId: org.teams.support.id, teamName: "Support", inherited: true },
    });
    expect(inherited.diagnostics).toEqual({ value: true, source: { kind: "default" } });
    const saved = await getTeam(org.principals.company, org.teams.support.id);
    expect(saved.team).toMatchObject({
      availableLogins: 25,
      greeting: "Hallo!",
      cannedMessages: "Einen Moment bitte\nDanke",
      maxSessions: 2,
    });
  });

  it("keeps the stored value of a function that is not available yet, whatever the form sends", async () => {
    const stored = { saveLoginPassword: true, screenSharing: false, diagnostics: false };
    await db.team.update({ where: { id: org.teams.support.id }, data: { functions: JSON.stringify(stored) } });
    const storedFunctions = async () =>
      JSON.parse((await db.team.findUniqueOrThrow({ where: { id: org.teams.support.id } })).functions);

    // The form does not send a disabled select: the action reads "inherit" for it.
    await updateTeam(org.principals.company, org.teams.support.id, {
      ...settings("Support"),
      functions: {
        saveLoginPassword: "inherit",
        screenSharing: "inherit",
        diagnostics: "inherit",
        fileTransferSend: "off",
      },
    });
    expect(await storedFunctions()).toEqual({ saveLoginPassword: true, fileTransferSend: false });

    // A forged request changes nothing either; the available functions still change.
    await updateTeam(org.principals.company, org.teams.support.id, {
      ...settings("Support"),
      functions: { saveLoginPassword: "off", screenSharing: "on", sessionRecording: "on", fileTransferSend: "on" },
    });
    expect(await storedFunctions()).toEqual({
      saveLoginPassword: true,
      fileTransferSend: true,
      screenSharing: true,
      sessionRecording: true,
    });
  });

  it("stores no function that is not available yet for a new team", async () => {
    const team = await createTeam(org.principals.company, {
      ...settings("Neu"),
      functions: { saveLoginPassword: "on", sessionRecording: "on", diagnostics: "off" },
    });
    expect(JSON.parse(team.functions)).toEqual({ sessionRecording: true, diagnostics: false });
  });

  it("reports invalid settings next to their fields and changes nothing", async () => {
    const error = await updateTeam(org.principals.company, org.teams.support.id, {
      ...settings(""),
      availableLogins: "-3",
      cannedUrls: "javascript:alert(1)",
      maxSessions: "99",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      name: "teamNameRequired",
      availableLogins: "availableLoginsInvalid",
      cannedUrls: "cannedUrlInvalid",
      maxSessions: "maxSessionsInvalid",
    });
    expect((await db.team.findUniqueOrThrow({ where: { id: org.teams.support.id } })).name).toBe("Support");
  });

  it("answers not found for a team outside the manager's teams", async () => {
    await expect(getTeam(org.principals.teamB, org.teams.support.id)).rejects.toThrow(NotFoundError);
    await expect(updateTeam(org.principals.teamB, org.teams.support.id, settings("Hijacked"))).rejects.toThrow(
      NotFoundError,
    );
  });
});
