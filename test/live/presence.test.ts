import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { setConsoleStatus, signInToConsole, signOutOfConsole } from "@/lib/live/presence";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

async function agentIn(teamId: string) {
  return signedInPrincipal(await createUserRecord({ kind: "agent", teamIds: [teamId] }));
}

const activity = async () => (await db.activityEvent.findMany({ orderBy: { id: "asc" } })).map((e) => [e.type, e.teamName, JSON.parse(e.data)]);

describe("agent console presence", () => {
  it("signs in as available, changes status, signs out — each recorded", async () => {
    const team = await createTeamRecord("Support");
    const agent = await agentIn(team.id);
    await signInToConsole(agent);
    expect(await db.agentPresence.findUniqueOrThrow({ where: { agentId: agent.userId } })).toMatchObject({ status: "available", teamId: team.id });
    await setConsoleStatus(agent, "away");
    await setConsoleStatus(agent, "away"); // no change, no row
    await signOutOfConsole(agent);
    expect(await db.agentPresence.count()).toBe(0);
    expect(await activity()).toEqual([
      ["agentSignedIn", "Support", {}],
      ["agentStatus", "Support", { from: "available", to: "away" }],
      ["agentSignedOut", "Support", {}],
    ]);
  });

  it("refuses the sign-in beyond the team's available logins, and records the refusal", async () => {
    const team = await db.team.create({ data: { name: "Klein", availableLogins: 2 } });
    const [a, b, c] = [await agentIn(team.id), await agentIn(team.id), await agentIn(team.id)];
    await signInToConsole(a);
    await signInToConsole(b);
    await expect(signInToConsole(c)).rejects.toEqual(new ValidationError({ form: "availableLoginsReached" }));
    expect(await db.agentPresence.count()).toBe(2);
    expect((await activity()).at(-1)).toEqual(["signInRefused", "Klein", { reason: "availableLogins", cap: 2 }]);
    // Signing in again (another browser) is no extra login; after a sign-out there is room.
    await signInToConsole(b);
    await signOutOfConsole(a);
    await signInToConsole(c);
    expect(await db.agentPresence.count()).toBe(2);
  });

  it("is for agents only, and a status change needs the console's own session", async () => {
    const manager = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    await expect(signInToConsole(manager)).rejects.toThrow(NotFoundError);
    const team = await createTeamRecord("Support");
    const agent = await agentIn(team.id);
    await expect(setConsoleStatus(agent, "away")).rejects.toThrow(NotFoundError);
    await expect(setConsoleStatus(agent, "gone" as never)).rejects.toEqual(new ValidationError({ status: "statusInvalid" }));
  });
});
