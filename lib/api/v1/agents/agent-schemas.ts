import { z } from "zod";
import { AGENT_FUNCTIONS, MAX_SESSIONS_LIMIT } from "@/lib/agent-functions/catalog";
import { MAX_PROVISIONED_AGENTS } from "@/lib/agents/provision-agents";
import { functionChoice } from "@/lib/teams/team-input";

// The request schemas check shapes only; the rules (login format, names, team, unique logins) are
// the domain's (provisionAgents, updateAgent), so the API answers with the forms' own codes.

export const agentIdParams = z.object({
  agentId: z.string().min(1).max(100).meta({ description: "The agent's id." }),
});

const agentFields = {
  id: z.string(),
  loginId: z.string().meta({ description: "Benutzerkennung: the sign-in name, in e-mail format, lower case." }),
  email: z.string().meta({ description: "Where mail to the agent goes (password reset links)." }),
  firstName: z.string(),
  lastName: z.string(),
  screenName: z.string().meta({ description: "Bildschirmname: the name customers see." }),
  customField: z.string().meta({ description: "Benutzerdefiniert: free text, e.g. a cost centre." }),
  teamId: z.string().nullable().meta({ description: "The agent's team; null when their team was deleted." }),
  teamPath: z.string().nullable().meta({ description: "The team with its parents, e.g. `Support › Nacht`." }),
  managementCenterAccess: z.boolean(),
  active: z.boolean().meta({ description: "False when the agent's login is disabled." }),
  externalId: z.string().nullable().meta({ description: "An identity provider's identifier for the agent." }),
};

/** An agent as lists show it: no function settings (GET one agent for those). */
export const agentSummarySchema = z.object(agentFields).meta({ id: "AgentSummary" });

const functionSchema = z
  .object({
    setting: functionChoice.meta({ description: "The agent's own setting; `inherit` takes the team's." }),
    effective: z.boolean().meta({ description: "What applies: the agent's, else the team tree's, else the default." }),
  })
  .meta({ id: "AgentFunction" });

export const agentSchema = z
  .object({
    ...agentFields,
    functions: z.object(Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, functionSchema]))),
    maxSessions: z
      .number()
      .int()
      .nullable()
      .meta({ description: "The agent's own cap on simultaneous sessions; null takes the team's." }),
  })
  .meta({ id: "Agent" });

export type AgentRepresentation = z.output<typeof agentSchema>;

export const newAgentSchema = z
  .object({
    loginId: z.string().max(300).meta({ description: "Benutzerkennung, in e-mail format; unique among all users." }),
    firstName: z.string().max(300),
    lastName: z.string().max(300),
    screenName: z.string().max(300).default("").meta({ description: "Empty: the first name." }),
    email: z.string().max(300).default("").meta({ description: "Empty: the login ID." }),
    password: z
      .string()
      .max(300)
      .optional()
      .meta({ description: "Without one the agent sets their own with “Passwort vergessen”." }),
    teamId: z.string().max(100),
    customField: z.string().max(300).default(""),
    externalId: z.string().max(200).nullable().optional(),
  })
  .meta({ id: "NewAgent" });

export const bulkAgentsSchema = z
  .object({ agents: z.array(newAgentSchema).min(1).max(MAX_PROVISIONED_AGENTS) })
  .meta({ id: "NewAgents" });

export const createdAgentsSchema = z
  .object({ ids: z.array(z.string()).meta({ description: "The new agents' ids, in the order sent." }) })
  .meta({ id: "CreatedAgents" });

/** A JSON merge patch of an agent: only the fields sent change. */
export const agentPatchSchema = z
  .object({
    loginId: z.string().max(300),
    email: z.string().max(300),
    firstName: z.string().max(300),
    lastName: z.string().max(300),
    screenName: z.string().max(300),
    customField: z.string().max(300),
    teamId: z.string().max(100),
    managementCenterAccess: z.boolean(),
    functions: z
      .partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice)
      .meta({ description: "Only the functions named change; `inherit` removes the agent's own setting." }),
    maxSessions: z.number().int().min(1).max(MAX_SESSIONS_LIMIT).nullable(),
    newPassword: z
      .string()
      .max(300)
      .meta({ description: "A new password; the agent must change it at the next sign-in." }),
  })
  .partial()
  .strict()
  .meta({ id: "AgentPatch" });

export const moveAgentsSchema = z
  .object({
    agentIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_PROVISIONED_AGENTS),
    teamId: z.string().min(1).max(100),
  })
  .meta({ id: "AgentMove" });
