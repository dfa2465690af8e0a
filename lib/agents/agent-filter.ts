import "server-only";
import { z } from "zod";
import { agentTeamFilter, type ManagementScope, managesTeam } from "@/lib/access/management-scope";
import type { Prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** The longest search the Agents page takes (the search field says so too). */
export const MAX_AGENT_SEARCH = 200;

/**
 * The filter of the Agents page: the search and the team ("none": agents without a team; empty:
 * all). It travels through forms as text, so it is parsed like any input; acting on "all matches"
 * parses it strictly (agent-matches.ts), since a filter quietly widened would act on more agents.
 */
export const agentFilterSchema = z.object({
  q: z.string().max(MAX_AGENT_SEARCH),
  team: z.string().max(100),
});
export type AgentFilter = z.infer<typeof agentFilterSchema>;

/**
 * The agents a filter matches, always within the actor's scope (decision record 5). `team` is the
 * team filter that applied: a team the actor does not manage is dropped when `lenient` (the list
 * then shows all the actor's agents, as before), and is "not found" otherwise.
 */
export function agentFilterWhere(
  scope: ManagementScope,
  filter: AgentFilter,
  { lenient }: { lenient: boolean },
): { where: Prisma.AgentProfileWhereInput; team: string } {
  const limit = agentTeamFilter(scope);
  const team = ((): { ids: string[] | null | undefined; team: string } => {
    if (filter.team === "none") {
      if (scope.kind === "company") return { ids: null, team: "none" };
      if (!lenient) throw new NotFoundError("team");
      return { ids: [], team: "none" };
    }
    if (filter.team && managesTeam(scope, filter.team)) {
      return { ids: scope.forest.subtree(filter.team).map((t) => t.id), team: filter.team };
    }
    if (filter.team && !lenient) throw new NotFoundError("team");
    return { ids: limit, team: "" };
  })();
  const q = filter.q.trim().toLocaleLowerCase();
  return {
    where: {
      ...(team.ids === null ? { teamId: null } : team.ids ? { teamId: { in: team.ids } } : {}),
      ...(q ? { searchText: { contains: q } } : {}),
    },
    team: team.team,
  };
}
