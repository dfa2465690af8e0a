import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AgentTable } from "@/components/agents/AgentTable";
import { AgentSearchForm } from "@/components/agents/AgentSearchForm";
import { Notice } from "@/components/shell/Notice";
import { AGENT_SORTS, type AgentSort, agentTeamOptions, listAgents } from "@/lib/agents/list-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { agentSelectionAction } from "./actions";

/** "Mitarbeiter": search, sort and page through the agents; select some to move or delete them. */
export default async function AgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const sortParam = firstParam(params.sort);
  const query = {
    q: firstParam(params.q) ?? "",
    team: firstParam(params.team) ?? "",
    sort: (AGENT_SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as AgentSort) : "name",
    direction: firstParam(params.dir) === "desc" ? ("desc" as const) : ("asc" as const),
    page: Number(firstParam(params.page) ?? 1) || 1,
  };
  const [result, options] = await Promise.all([
    // Team paths sort in the page's language.
    orNotFound(listAgents(actor, { ...query, locale: await getLocale() })),
    orNotFound(agentTeamOptions(actor)),
  ]);
  const t = await getTranslations("Agents");
  const link = (changes: Record<string, string | number>) => {
    const next = new URLSearchParams({
      q: query.q,
      team: query.team,
      sort: result.sort,
      dir: result.direction,
      page: String(result.page),
    });
    for (const [key, value] of Object.entries(changes)) next.set(key, String(value));
    for (const [key, value] of [...next.entries()]) if (!value) next.delete(key);
    return `/manager/agents?${next}`;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice notice={firstParam(params.notice)} count={firstParam(params.count)} />
      {options.mayAddDelete ? (
        <p>
          <Link href="/manager/agents/new" className="button button-secondary">
            {t("add")}
          </Link>
        </p>
      ) : null}
      <AgentSearchForm query={query} teams={options.teams} mayFilterNoTeam={options.mayFilterNoTeam} />
      <p role="status">{t("count", { count: result.total })}</p>
      <AgentTable
        action={agentSelectionAction}
        agents={result.agents}
        sort={result.sort}
        direction={result.direction}
        sortLink={(sort) =>
          link({ sort, dir: result.sort === sort && result.direction === "asc" ? "desc" : "asc", page: 1 })
        }
        returnTo={link({})}
        teams={options.teams}
        mayDelete={options.mayAddDelete}
      />
      {result.pages > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {result.page > 1 ? <Link href={link({ page: result.page - 1 })}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? <Link href={link({ page: result.page + 1 })}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: t("title") };
}
