import { db } from "@/lib/db/client";
import { newRequestToken } from "@/lib/support-requests/request-token";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

/** A team serving a question-box portal, two of its agents, an outsider agent, and a way to make requests. */
export async function buildDesk(portalSpec: Parameters<typeof createPortalRecord>[0] = {}) {
  const team = await db.team.create({ data: { name: "Support", greeting: "Guten Tag! Wie kann ich helfen?" } });
  const otherTeam = await createTeamRecord("Vertrieb");
  const portal = await createPortalRecord({
    name: "Kundendienst",
    type: "questionBox",
    teamIds: [team.id],
    ...portalSpec,
  });
  // Signed in where agents sign in: the console's streams check that browser session again.
  const agent = async (teamId: string, firstName: string) =>
    signedInPrincipal(
      await createUserRecord({ kind: "agent", teamIds: [teamId], firstName, lastName: "Muster" }),
      "agent",
    );
  const agents = {
    anna: await agent(team.id, "Anna"),
    ben: await agent(team.id, "Ben"),
    outsider: await agent(otherTeam.id, "Olga"),
  };
  const request = async (over: { chosenAgentId?: string; createdAt?: Date } = {}) => {
    const { token, hash } = newRequestToken();
    const sub = portal.subPortals[0]!;
    const row = await db.supportRequest.create({
      data: {
        token: hash,
        subPortalId: sub.id,
        portalName: portal.name,
        subPortalName: sub.name,
        portalType: portal.type,
        language: "de",
        customerName: "Kim Kunde",
        problem: "Drucker",
        ...over,
      },
    });
    return { id: row.id, token };
  };
  return { team, portal, agents, request };
}
