import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

/**
 * Support › Level 1 › Drucker and Vertrieb › Innendienst, one agent in each team, and the principals
 * of the authorization matrix.
 */
export async function buildOrganisation() {
  const support = await createTeamRecord("Support");
  const level1 = await createTeamRecord("Level 1", support.id);
  const printers = await createTeamRecord("Drucker", level1.id);
  const sales = await createTeamRecord("Vertrieb");
  const inside = await createTeamRecord("Innendienst", sales.id);
  const agent = (firstName: string, teamId: string) =>
    createUserRecord({ kind: "agent", firstName, lastName: "Muster", teamIds: [teamId] });
  const agents = {
    support: await agent("Sina", support.id),
    level1: await agent("Lea", level1.id),
    printers: await agent("Paul", printers.id),
    sales: await agent("Vera", sales.id),
    inside: await agent("Ines", inside.id),
  };
  const principals = {
    company: await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })),
    teamA: await signedInPrincipal(
      await createUserRecord({
        kind: "manager",
        role: "team",
        teamIds: [support.id],
        rights: [...TEAM_MANAGER_RIGHTS],
      }),
    ),
    teamB: await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [sales.id], rights: [] }),
    ),
    api: await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" })),
    agentWithAccess: await signedInPrincipal(
      await createUserRecord({ kind: "agent", managementCenterAccess: true, teamIds: [support.id] }),
    ),
  };
  return { teams: { support, level1, printers, sales, inside }, agents, principals };
}
