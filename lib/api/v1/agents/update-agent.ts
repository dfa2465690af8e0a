import "server-only";
import { agentUpdateInputOf, getAgent, updateAgent } from "@/lib/agents/agent-details";
import { definePatchOperation } from "../patch-operation";
import { agentIdParams, agentPatchSchema, agentSchema } from "./agent-schemas";
import { agentRepresentation, representAgent } from "./agent-representation";

/**
 * PATCH /agents/{agentId}: the agent's current values with the patch laid over them (a JSON merge
 * patch), saved as "Einstellungen speichern" on the agent's page saves them — the same checks and
 * the same rights (a new e-mail address or password tells and signs out as there).
 */
export const apiUpdateAgent = definePatchOperation({
  path: "/agents/{agentId}",
  operationId: "updateAgent",
  summary: "Change an agent",
  description:
    "Only the fields sent change (JSON merge patch; `application/merge-patch+json` or `application/json`). With `If-Match`, only if the agent is still as read.",
  tags: ["Agents"],
  params: agentIdParams,
  body: agentPatchSchema,
  changed: { description: "The agent as changed.", schema: agentSchema },
  async read(actor, params) {
    const current = await getAgent(actor, params.agentId);
    return { current, representation: representAgent(current) };
  },
  async change(actor, params, body, current) {
    const { maxSessions, ...changes } = body;
    const input = agentUpdateInputOf(current, {
      ...changes,
      ...(maxSessions === undefined ? {} : { maxSessions: maxSessions === null ? "" : String(maxSessions) }),
    });
    await updateAgent(actor, params.agentId, input);
  },
  represent: (actor, params) => agentRepresentation(actor, params.agentId),
});
