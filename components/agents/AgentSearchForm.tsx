import { useTranslations } from "next-intl";
import { InputField, SelectField } from "@/components/forms/Field";
import { MAX_AGENT_SEARCH } from "@/lib/agents/agent-filter";
import { DEFAULT_PAGE_SIZE } from "@/lib/paging/paging";

/** A GET form: the search is in the URL, so it can be bookmarked and works without JavaScript. */
export function AgentSearchForm({
  query,
  teams,
  mayFilterNoTeam,
}: {
  query: { q: string; team: string; sort: string; direction: string; size: number };
  teams: { id: string; path: string }[];
  mayFilterNoTeam: boolean;
}) {
  const t = useTranslations("Agents");
  return (
    <form method="get" action="/manager/agents" role="search" className="toolbar">
      <InputField name="q" type="search" label={t("search")} defaultValue={query.q} maxLength={MAX_AGENT_SEARCH} />
      <SelectField
        name="team"
        label={t("team")}
        defaultValue={query.team}
        options={[
          { value: "", label: t("allTeams") },
          ...(mayFilterNoTeam ? [{ value: "none", label: t("noTeam") }] : []),
          ...teams.map((team) => ({ value: team.id, label: team.path })),
        ]}
      />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.direction} />
      {query.size === DEFAULT_PAGE_SIZE ? null : <input type="hidden" name="size" value={query.size} />}
      <button type="submit" className="button button-secondary">
        {t("searchButton")}
      </button>
    </form>
  );
}
