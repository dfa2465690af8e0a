import "server-only";
import { z } from "zod";
import { deleteAgents, moveAgents } from "@/lib/agents/move-and-delete-agents";
import { checkIfMatch } from "../../etag";
import { defineOperation } from "../../operation";
import { agentIdParams, moveAgentsSchema } from "./agent-schemas";
import { agentRepresentation } from "./agent-representation";

const movedSchema = z.object({ moved: z.number().int() }).meta({ id: "AgentsMoved" });

/** POST /agents/move: "Gewählte Mitarbeiter verschieben nach" a team. */
export const apiMoveAgents = defineOperation({
  method: "POST",
  path: "/agents/move",
  operationId: "moveAgents",
  summary: "Move agents to a team",
  description: "All or none: an agent or team the token cannot see makes the whole request “not found”.",
  tags: ["Agents"],
  body: moveAgentsSchema,
  responses: { 200: { description: "How many agents were moved.", schema: movedSchema } },
  async handle({ actor, body }) {
    return { body: { moved: await moveAgents(actor, body.agentIds, body.teamId) } };
  },
});

/** DELETE /agents/{agentId}: "Gewählte Mitarbeiter löschen" for one agent. */
export const apiDeleteAgent = defineOperation({
  method: "DELETE",
  path: "/agents/{agentId}",
  operationId: "deleteAgent",
  summary: "Delete an agent",
  description: "Removes the agent's login and their own reports; portal reports keep their sessions.",
  tags: ["Agents"],
  params: agentIdParams,
  conditional: true,
  responses: { 204: { description: "Deleted." } },
  async handle({ actor, params, ifMatch }) {
    if (ifMatch !== null) checkIfMatch(ifMatch, await agentRepresentation(actor, params.agentId));
    await deleteAgents(actor, [params.agentId]);
    return { status: 204 };
  },
});
