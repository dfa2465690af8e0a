import "server-only";
import { z } from "zod";
import { listAgentsByLogin } from "@/lib/agents/list-agents-by-login";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { defineListOperation } from "../list-operation";
import { agentSummarySchema } from "./agent-schemas";

/** GET /agents: the agents in login-ID order, searched and filtered like the Agents page. */
export const apiListAgents = defineListOperation({
  path: "/agents",
  operationId: "listAgents",
  summary: "List and search agents",
  description: "Ordered by login ID, paged by cursor: pass `nextCursor` as `cursor` until it is null.",
  tags: ["Agents"],
  filters: {
    q: z.string().max(200).optional().meta({ description: "Search in first, last and screen name and login ID." }),
    teamId: z
      .string()
      .max(100)
      .optional()
      .meta({ description: "Agents of this team and its sub-teams; `none`: agents without a team." }),
    loginId: z.string().max(300).optional().meta({ description: "Exactly this login ID." }),
    externalId: z.string().max(200).optional().meta({ description: "Exactly this external ID." }),
  },
  item: agentSummarySchema,
  pageId: "AgentPage",
  found: "A page of agents.",
  load: (actor, { q, teamId, loginId, externalId }, after, take) =>
    listAgentsByLogin(actor, { q, teamId, loginId, externalId, after: after?.[0], take }).catch((error: unknown) => {
      // A filter naming a team the token cannot see is a fault of the query, not a missing list.
      if (error instanceof NotFoundError && teamId) throw new ValidationError({ "query.teamId": "teamNotFound" });
      throw error;
    }),
  keyOf: (row) => [row.loginId],
  keyParts: 1,
});
