import "server-only";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { getAgent } from "@/lib/agents/agent-details";
import type { Principal } from "@/lib/auth/principal";
import type { FunctionChoice } from "@/lib/teams/team-input";
import type { AgentRepresentation } from "./agent-schemas";

type AgentDetails = Awaited<ReturnType<typeof getAgent>>;

/** The agent's settings page, as the API shows it: the same fields, the same effective functions. */
export function representAgent(agent: AgentDetails): AgentRepresentation {
  const setting = (on: boolean | undefined): FunctionChoice => (on === undefined ? "inherit" : on ? "on" : "off");
  return {
    id: agent.id,
    loginId: agent.loginId,
    email: agent.email,
    firstName: agent.firstName,
    lastName: agent.lastName,
    screenName: agent.screenName,
    customField: agent.customField,
    teamId: agent.teamId,
    teamPath: agent.teamPath,
    managementCenterAccess: agent.managementCenterAccess,
    active: agent.active,
    externalId: agent.externalId,
    functions: Object.fromEntries(
      AGENT_FUNCTIONS.map((fn) => [
        fn,
        { setting: setting(agent.overrides[fn]), effective: agent.effective[fn].value },
      ]),
    ),
    maxSessions: agent.maxSessions,
  };
}

/** One agent the actor manages, as the API shows it ("not found" otherwise). */
export async function agentRepresentation(actor: Principal, id: string): Promise<AgentRepresentation> {
  return representAgent(await getAgent(actor, id));
}
