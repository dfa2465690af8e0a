import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AgentTable } from "@/components/agents/AgentTable";
import { AgentSearchForm } from "@/components/agents/AgentSearchForm";
import { AgentsEmptyState } from "@/components/agents/AgentsEmptyState";
import { Notice } from "@/components/shell/Notice";
import { Pagination } from "@/components/shell/Pagination";
import { agentListHref, parseAgentListParams } from "@/lib/agents/agent-list-params";
import { agentTeamOptions, listAgents } from "@/lib/agents/list-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { agentSelectionAction } from "./actions";

/**
 * "Mitarbeiter": search, sort and page through the agents (page size and page jump included);
 * select some, a whole page or every match to move or delete them.
 */
export default async function AgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const query = parseAgentListParams((name) => firstParam(params[name]));
  const [result, options] = await Promise.all([
    // Team paths sort in the page's language.
    orNotFound(
      listAgents(actor, {
        q: query.q,
        team: query.team,
        sort: query.sort,
        direction: query.dir,
        page: query.page,
        size: query.size,
        locale: await getLocale(),
      }),
    ),
    orNotFound(agentTeamOptions(actor)),
  ]);
  // What the page really shows: the page clamped, a team the actor does not manage dropped.
  const list = { ...query, q: result.q, team: result.team, page: result.page };
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      {options.mayAddDelete ? (
        <p>
          <Link href="/manager/agents/new" className="button button-secondary">
            {t("add")}
          </Link>
        </p>
      ) : null}
      <AgentSearchForm
        query={{ q: list.q, team: list.team, sort: list.sort, direction: list.dir, size: list.size }}
        teams={options.teams}
        mayFilterNoTeam={options.mayFilterNoTeam}
      />
      {result.total === 0 ? (
        <AgentsEmptyState
          filtered={Boolean(list.q || list.team)}
          resetHref={agentListHref({ ...list, q: "", team: "", page: 1 })}
        />
      ) : (
        <>
          <p role="status">{t("count", { count: result.total })}</p>
          <AgentTable
            action={agentSelectionAction}
            agents={result.agents}
            list={list}
            total={result.total}
            pages={result.pages}
            allSelected={firstParam(params.select) === "page"}
            sortLink={(sort) =>
              agentListHref({ ...list, sort, dir: list.sort === sort && list.dir === "asc" ? "desc" : "asc", page: 1 })
            }
            teams={options.teams}
            mayDelete={options.mayAddDelete}
          />
          <Pagination
            path="/manager/agents"
            keep={{ q: list.q, team: list.team, sort: list.sort, dir: list.dir }}
            page={result.page}
            pages={result.pages}
            size={result.size}
            total={result.total}
          />
        </>
      )}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: t("title") };
}
