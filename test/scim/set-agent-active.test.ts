import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateAgent } from "@/lib/agents/agent-details";
import { moveAgents } from "@/lib/agents/move-and-delete-agents";
import { provisionAgents } from "@/lib/agents/provision-agents";
import { setAgentActive } from "@/lib/agents/set-agent-active";
import { signInToConsole } from "@/lib/live/presence";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

describe("deactivating agents and agents without a team, in the domain", () => {
  it("lets a team manager with the add/delete right deactivate their own agents, and nobody else", async () => {
    const own = await createTeamRecord(`Eigen ${crypto.randomUUID()}`);
    const other = await createTeamRecord(`Fremd ${crypto.randomUUID()}`);
    const mine = await createUserRecord({ kind: "agent", teamIds: [own.id] });
    const theirs = await createUserRecord({ kind: "agent", teamIds: [other.id] });
    const withRight = await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [own.id], rights: ["addDeleteAgents"] }),
    );
    const withoutRight = await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [own.id], rights: [] }),
    );
    const apiInPerson = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" }));
    const agentSession = await signedInPrincipal(mine, "agent");
    await signInToConsole(agentSession);

    await expect(setAgentActive(withoutRight, mine.id, false)).rejects.toThrow(/not found/);
    await expect(setAgentActive(withRight, theirs.id, false)).rejects.toThrow(/not found/);
    await expect(setAgentActive(apiInPerson, mine.id, false)).rejects.toThrow(/not found/);
    await expect(setAgentActive(agentSession, mine.id, false)).rejects.toThrow(/not found/);
    expect((await db.user.findUniqueOrThrow({ where: { id: mine.id } })).disabled).toBe(false);

    await setAgentActive(withRight, mine.id, false);
    expect((await db.user.findUniqueOrThrow({ where: { id: mine.id } })).disabled).toBe(true);
    expect(await db.session.count({ where: { userId: mine.id } })).toBe(0);
    // Signed out of the console at once, not when the presence job next runs.
    expect(await db.agentPresence.count({ where: { agentId: mine.id } })).toBe(0);
    // Saying it twice changes nothing and writes no second line into the Protokoll.
    await setAgentActive(withRight, mine.id, false);
    expect(await db.auditLog.count({ where: { action: "agent.disabled", targetId: mine.id } })).toBe(1);
  });

  it("keeps 'no team' for company-wide scopes: team managers can neither create nor move agents there", async () => {
    const own = await createTeamRecord(`Eigen ${crypto.randomUUID()}`);
    const agent = await createUserRecord({ kind: "agent", teamIds: [own.id] });
    const teamManager = await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [own.id], rights: ["addDeleteAgents"] }),
    );
    await expect(moveAgents(teamManager, [agent.id], null)).rejects.toThrow(/not found/);
    await expect(
      provisionAgents(
        teamManager,
        [
          {
            loginId: "x@lotse.test",
            firstName: "X",
            lastName: "Y",
            screenName: "",
            email: "",
            teamId: null,
            customField: "",
          },
        ],
        "api",
      ),
    ).rejects.toMatchObject({ fieldErrors: { "0.teamId": "teamRequired" } });

    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    await moveAgents(company, [agent.id], null);
    expect((await db.agentProfile.findUniqueOrThrow({ where: { userId: agent.id } })).teamId).toBeNull();
    // "Einstellungen speichern" on an agent without a team keeps them there; an empty team for an
    // agent with one is still refused.
    const base = {
      loginId: agent.loginId,
      firstName: "Neu",
      lastName: "Name",
      screenName: "Neu",
      email: agent.email,
      customField: "",
      managementCenterAccess: false,
      newPassword: "",
      maxSessions: "",
    };
    await updateAgent(company, agent.id, { ...base, teamId: "" });
    expect(await db.agentProfile.findUniqueOrThrow({ where: { userId: agent.id } })).toMatchObject({
      firstName: "Neu",
      teamId: null,
    });
    const placed = await createUserRecord({ kind: "agent", teamIds: [own.id] });
    await expect(
      updateAgent(company, placed.id, { ...base, loginId: placed.loginId, email: placed.email, teamId: "" }),
    ).rejects.toMatchObject({ fieldErrors: { teamId: "teamRequired" } });
  });
});
