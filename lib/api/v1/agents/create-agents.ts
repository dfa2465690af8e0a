import "server-only";
import { provisionAgents, type ProvisionedAgentInput } from "@/lib/agents/provision-agents";
import type { Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { agentSchema, bulkAgentsSchema, createdAgentsSchema, newAgentSchema } from "./agent-schemas";
import { agentRepresentation } from "./agent-representation";

/** provisionAgents names problems "<index>.<field>"; `rename` puts them where the request had the field. */
async function provision(actor: Principal, inputs: ProvisionedAgentInput[], rename: (key: string) => string) {
  try {
    return await provisionAgents(actor, inputs, "api");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      Object.fromEntries(Object.entries(error.fieldErrors).map(([key, code]) => [rename(key), code])),
    );
  }
}

/** POST /agents: one agent, checked like "Mitarbeiter hinzufügen". */
export const apiCreateAgent = defineOperation({
  method: "POST",
  path: "/agents",
  operationId: "createAgent",
  summary: "Create an agent",
  description: "Checked like “Mitarbeiter hinzufügen”. `Location` names the new agent.",
  tags: ["Agents"],
  body: newAgentSchema,
  responses: { 201: { description: "The new agent.", schema: agentSchema } },
  async handle({ actor, body, request }) {
    // One agent is row 0 of a bulk create; its problems are the body's own fields.
    const [id] = await provision(actor, [body], (key) => key.replace(/^0\./, ""));
    const created = await agentRepresentation(actor, id!);
    return {
      status: 201,
      body: created,
      etag: etagOf(created),
      headers: { location: `${new URL(request.url).pathname}/${id}` },
    };
  },
});

/** POST /agents/bulk: up to 5,000 agents, all or none, as a Masseneingabe. */
export const apiBulkCreateAgents = defineOperation({
  method: "POST",
  path: "/agents/bulk",
  operationId: "bulkCreateAgents",
  summary: "Create many agents at once",
  description:
    "All or nothing, like the Masseneingabe: one invalid agent creates none, and every problem names its row (`/agents/<index>/<field>`).",
  tags: ["Agents"],
  body: bulkAgentsSchema,
  responses: { 201: { description: "The new agents' ids.", schema: createdAgentsSchema } },
  async handle({ actor, body }) {
    const ids = await provision(actor, body.agents, (key) => (/^\d+\./.test(key) ? `agents.${key}` : key));
    return { status: 201, body: { ids } };
  },
});
