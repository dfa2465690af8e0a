import "server-only";
import { z } from "zod";
import { listAgentsByLogin } from "@/lib/agents/list-agents-by-login";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { cursorKey, pageOf, pageQuery, pageSchema } from "../../cursor";
import { defineOperation } from "../../operation";
import { agentSummarySchema } from "./agent-schemas";

const agentListQuery = z.object({
  q: z.string().max(200).optional().meta({ description: "Search in first, last and screen name and login ID." }),
  teamId: z
    .string()
    .max(100)
    .optional()
    .meta({ description: "Agents of this team and its sub-teams; `none`: agents without a team." }),
  loginId: z.string().max(300).optional().meta({ description: "Exactly this login ID." }),
  externalId: z.string().max(200).optional().meta({ description: "Exactly this external ID." }),
  ...pageQuery,
});

const agentPageSchema = pageSchema(agentSummarySchema).meta({ id: "AgentPage" });

/** GET /agents: the agents in login-ID order, searched and filtered like the Agents page. */
export const apiListAgents = defineOperation({
  method: "GET",
  path: "/agents",
  operationId: "listAgents",
  summary: "List and search agents",
  description: "Ordered by login ID, paged by cursor: pass `nextCursor` as `cursor` until it is null.",
  tags: ["Agents"],
  query: agentListQuery,
  responses: { 200: { description: "A page of agents.", schema: agentPageSchema } },
  async handle({ actor, query }) {
    const after = cursorKey(query.cursor, 1);
    const rows = await listAgentsByLogin(actor, {
      q: query.q,
      teamId: query.teamId,
      loginId: query.loginId,
      externalId: query.externalId,
      after: after?.[0],
      take: query.limit + 1,
    }).catch((error: unknown) => {
      // A filter naming a team the token cannot see is a fault of the query, not a missing list.
      if (error instanceof NotFoundError && query.teamId) throw new ValidationError({ "query.teamId": "teamNotFound" });
      throw error;
    });
    const body: z.output<typeof agentPageSchema> = pageOf(rows, query.limit, (row) => [row.loginId]);
    return { body };
  },
});
