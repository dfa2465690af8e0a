import "server-only";
import { etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { agentIdParams, agentSchema } from "./agent-schemas";
import { agentRepresentation } from "./agent-representation";

/** GET /agents/{agentId}: one agent with its functions, and the ETag to change it with. */
export const apiGetAgent = defineOperation({
  method: "GET",
  path: "/agents/{agentId}",
  operationId: "getAgent",
  summary: "Get an agent",
  description: "With each function's own setting and effective value. The ETag serves If-Match and If-None-Match.",
  tags: ["Agents"],
  params: agentIdParams,
  responses: { 200: { description: "The agent.", schema: agentSchema }, 304: { description: "Not modified." } },
  async handle({ actor, params }) {
    const body = await agentRepresentation(actor, params.agentId);
    return { body, etag: etagOf(body) };
  },
});
