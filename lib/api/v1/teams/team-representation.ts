import "server-only";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import type { Principal } from "@/lib/auth/principal";
import { getTeamPortals } from "@/lib/portals/team-portals";
import { choiceOf } from "@/lib/teams/team-input";
import { getTeam } from "@/lib/teams/teams";
import type { TeamRepresentation } from "./team-schemas";

const lines = (text: string) => text.split("\n").filter(Boolean);

/** A team as GET /teams/{teamId} shows it, read through the Teams pages' own domain functions. */
export async function teamRepresentation(actor: Principal, teamId: string): Promise<TeamRepresentation> {
  const [{ team, inherited, inheritedMaxSessions }, portals] = await Promise.all([
    getTeam(actor, teamId),
    getTeamPortals(actor, teamId),
  ]);
  return {
    id: team.id,
    name: team.name,
    parentId: team.parentId,
    path: team.path,
    externalId: team.externalId,
    availableLogins: team.availableLogins,
    greeting: team.greeting,
    cannedMessages: lines(team.cannedMessages),
    cannedUrls: lines(team.cannedUrls),
    functions: Object.fromEntries(
      AGENT_FUNCTIONS.map((fn) => [
        fn,
        { setting: choiceOf(team.functions, fn), effective: team.functions[fn] ?? inherited[fn].value },
      ]),
    ),
    maxSessions: team.maxSessions,
    effectiveMaxSessions: team.maxSessions ?? inheritedMaxSessions,
    subPortalIds: portals.portals.flatMap((p) => p.subPortals.filter((s) => s.assigned).map((s) => s.id)),
  };
}
