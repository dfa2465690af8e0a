import "server-only";
import { defineGetOperation } from "../get-operation";
import { agentIdParams, agentSchema } from "./agent-schemas";
import { agentRepresentation } from "./agent-representation";

/** GET /agents/{agentId}: one agent with its functions, and the ETag to change it with. */
export const apiGetAgent = defineGetOperation({
  path: "/agents/{agentId}",
  operationId: "getAgent",
  summary: "Get an agent",
  description: "With each function's own setting and effective value. The ETag serves If-Match and If-None-Match.",
  tags: ["Agents"],
  params: agentIdParams,
  found: { description: "The agent.", schema: agentSchema },
  responses: { 304: { description: "Not modified." } },
  load: (actor, params) => agentRepresentation(actor, params.agentId),
});
