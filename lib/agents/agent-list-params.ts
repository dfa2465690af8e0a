import { DEFAULT_PAGE_SIZE, parsePageNumber, parsePageSize, type PageSize } from "@/lib/paging/paging";
import { MAX_AGENT_SEARCH } from "./agent-filter";
import { AGENT_SORTS, type AgentSort } from "./list-agents";

/**
 * What the Agents page shows: filter, sort and page. The same fields come in the page's query
 * string and, as hidden fields, with the list's form, so both are read here. Reading is forgiving
 * (an odd value falls back to the default, a page past the end is clamped by listAgents): a URL is
 * no reason for an error page. Acting on "all matches" parses the filter strictly again.
 */
export type AgentListParams = {
  q: string;
  team: string;
  sort: AgentSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
};

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

export function parseAgentListParams(get: (name: keyof AgentListParams) => unknown): AgentListParams {
  const sort = textOf(get("sort"));
  const team = textOf(get("team"));
  return {
    q: textOf(get("q")).slice(0, MAX_AGENT_SEARCH),
    team: team.length <= 100 ? team : "",
    sort: (AGENT_SORTS as readonly string[]).includes(sort) ? (sort as AgentSort) : "name",
    dir: textOf(get("dir")) === "desc" ? "desc" : "asc",
    page: parsePageNumber(get("page")),
    size: parsePageSize(get("size")),
  };
}

/** The Agents page's address for these params; empty values and the default page size are left out. */
export function agentListHref(params: AgentListParams, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  const entries: [string, string][] = [
    ["q", params.q],
    ["team", params.team],
    ["sort", params.sort],
    ["dir", params.dir],
    ["page", String(params.page)],
    ["size", params.size === DEFAULT_PAGE_SIZE ? "" : String(params.size)],
    ...Object.entries(extra),
  ];
  for (const [key, value] of entries) if (value) query.set(key, value);
  return `/manager/agents?${query}`;
}
