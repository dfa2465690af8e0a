import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamRecord, createUserRecord } from "@/prisma/factories";
import { identityProviderToken, scimCall } from "./scim-client";

const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

const teamOf = async (userId: string) => (await db.agentProfile.findUniqueOrThrow({ where: { userId } })).teamId;
const unique = (name: string) => `${name} ${crypto.randomUUID().slice(0, 6)}`;

describe("SCIM Groups as Entra ID pushes them", () => {
  it("creates a top-level team, adds members (moving agents in), finds it by displayName, removes a member", async () => {
    const { secret } = await identityProviderToken();
    const displayName = unique("Entra Support");
    const created = await scimCall(secret, "POST", "/Groups", {
      schemas: [GROUP],
      externalId: "8f3c-group",
      displayName,
      members: [],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ schemas: [GROUP], displayName, externalId: "8f3c-group", members: [] });
    const teamId = created.body.id;
    expect(await db.team.findUniqueOrThrow({ where: { id: teamId } })).toMatchObject({
      name: displayName,
      parentId: null,
      externalId: "8f3c-group",
    });

    const before = await createTeamRecord(unique("Vorher"));
    const alice = await createUserRecord({ kind: "agent", firstName: "Alice", lastName: "A", teamIds: [before.id] });
    const { body: bob } = await scimCall(secret, "POST", "/Users", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName: `bob-${crypto.randomUUID().slice(0, 6)}@contoso.test`,
      name: { givenName: "Bob", familyName: "B" },
      active: true,
    });
    const added = await scimCall(secret, "PATCH", `/Groups/${teamId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Add", path: "members", value: [{ value: alice.id }, { value: bob.id }] }],
    });
    expect(added.status).toBe(200);
    expect(added.body.members.map((m: { value: string }) => m.value).sort()).toEqual([alice.id, bob.id].sort());
    expect(await teamOf(alice.id)).toBe(teamId);
    expect(await teamOf(bob.id)).toBe(teamId);
    const bobNow = await scimCall(secret, "GET", `/Users/${bob.id}`);
    expect(bobNow.body.groups).toEqual([expect.objectContaining({ value: teamId, display: displayName })]);

    const found = await scimCall(
      secret,
      "GET",
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${displayName.toUpperCase()}"`)}`,
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0].id).toBe(teamId);
    expect(found.body.Resources[0]).not.toHaveProperty("members");
    const byMember = await scimCall(
      secret,
      "GET",
      `/Groups?filter=${encodeURIComponent(`members[value eq "${alice.id}"]`)}`,
    );
    expect(byMember.body.Resources.map((g: { id: string }) => g.id)).toEqual([teamId]);

    const removed = await scimCall(secret, "PATCH", `/Groups/${teamId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Remove", path: `members[value eq "${alice.id}"]` }],
    });
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { value: string }) => m.value)).toEqual([bob.id]);
    expect(await teamOf(alice.id)).toBeNull();
    const moves = await db.auditLog.findMany({ where: { action: "agent.moved", targetId: alice.id } });
    expect(moves.map((move) => JSON.parse(move.summary).teamId)).toEqual(
      expect.arrayContaining([
        { from: before.id, to: teamId },
        { from: teamId, to: null },
      ]),
    );

    // Removing someone who is not a member changes nothing and fails nothing.
    const again = await scimCall(secret, "PATCH", `/Groups/${teamId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Remove", path: `members[value eq "${alice.id}"]` }],
    });
    expect(again.status).toBe(200);
  });

  it("refuses an unknown member and a taken name in SCIM's terms", async () => {
    const { secret } = await identityProviderToken();
    const name = unique("Doppelt");
    const { body: group } = await scimCall(secret, "POST", "/Groups", { schemas: [GROUP], displayName: name });
    const taken = await scimCall(secret, "POST", "/Groups", { schemas: [GROUP], displayName: name.toLowerCase() });
    expect(taken.body).toMatchObject({ status: "409", scimType: "uniqueness" });
    const unknown = await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "add", path: "members", value: [{ value: "no-such-agent" }] }],
    });
    expect(unknown.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    const badPath = await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", path: "owners", value: "x" }],
    });
    expect(badPath.body).toMatchObject({ status: "400", scimType: "invalidPath" });
  });

  it("writes a PATCH whole or not at all: a rename with an unknown member renames nothing and moves no one", async () => {
    const { secret } = await identityProviderToken();
    const name = unique("Ganz");
    const elsewhere = await createTeamRecord(unique("Anderswo"));
    const member = await createUserRecord({ kind: "agent", teamIds: [elsewhere.id] });
    const leaving = await createUserRecord({ kind: "agent", teamIds: [elsewhere.id] });
    const { body: group } = await scimCall(secret, "POST", "/Groups", {
      schemas: [GROUP],
      displayName: name,
      members: [{ value: leaving.id }],
    });
    expect(await teamOf(leaving.id)).toBe(group.id);
    const refused = await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "Replace", path: "displayName", value: `${name} neu` },
        { op: "Add", path: "members", value: [{ value: member.id }, { value: "no-such-agent" }] },
        { op: "Remove", path: `members[value eq "${leaving.id}"]` },
      ],
    });
    expect(refused.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect((await db.team.findUniqueOrThrow({ where: { id: group.id } })).name).toBe(name);
    expect(await teamOf(member.id)).toBe(elsewhere.id);
    expect(await teamOf(leaving.id)).toBe(group.id);
    expect(await db.auditLog.count({ where: { action: "agent.moved", targetId: member.id } })).toBe(0);

    const applied = await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "Replace", path: "displayName", value: `${name} neu` },
        { op: "Add", path: "members", value: [{ value: member.id }] },
        { op: "Remove", path: `members[value eq "${leaving.id}"]` },
      ],
    });
    expect(applied.status).toBe(200);
    expect((await db.team.findUniqueOrThrow({ where: { id: group.id } })).name).toBe(`${name} neu`);
    expect(await teamOf(member.id)).toBe(group.id);
    expect(await teamOf(leaving.id)).toBeNull();
  });
});

describe("SCIM Groups as Okta pushes them", () => {
  it("renames with a path-less replace carrying the id, sets members with PUT, deletes keeping the agents", async () => {
    const { secret } = await identityProviderToken("Okta");
    const { body: group } = await scimCall(secret, "POST", "/Groups", {
      schemas: [GROUP],
      displayName: unique("Okta"),
    });
    const a = await createUserRecord({ kind: "agent" });
    const b = await createUserRecord({ kind: "agent" });
    await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "add", path: "members", value: [{ value: a.id, display: "a" }] }],
    });
    const newName = unique("Okta umbenannt");
    const renamed = await scimCall(secret, "PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { id: group.id, displayName: newName } }],
    });
    expect(renamed.body.displayName).toBe(newName);
    expect((await db.team.findUniqueOrThrow({ where: { id: group.id } })).name).toBe(newName);

    const put = await scimCall(secret, "PUT", `/Groups/${group.id}`, {
      schemas: [GROUP],
      id: group.id,
      displayName: newName,
      members: [{ value: b.id }],
    });
    expect(put.body.members.map((m: { value: string }) => m.value)).toEqual([b.id]);
    expect(await teamOf(a.id)).toBeNull();
    expect(await teamOf(b.id)).toBe(group.id);

    expect((await scimCall(secret, "DELETE", `/Groups/${group.id}`)).status).toBe(204);
    expect(await db.team.count({ where: { id: group.id } })).toBe(0);
    expect(await teamOf(b.id)).toBeNull();
    expect((await scimCall(secret, "GET", `/Groups/${group.id}`)).status).toBe(404);
  });
});
