import Link from "next/link";
import { useTranslations } from "next-intl";
import { CheckboxField, SelectField } from "@/components/forms/Field";
import type { AgentListParams } from "@/lib/agents/agent-list-params";
import type { AgentSort } from "@/lib/agents/list-agents";
import { SelectPageButton } from "./SelectPageButton";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { SelectCell, SelectColumnHead } from "@/components/forms/RowSelection";

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  loginId: string;
  screenName: string;
  teamPath: string | null;
};

/**
 * The list's one form: the rows to tick, "Alle auswählen", "Alle N Treffer auswählen" (when there
 * is more than one page) and the move and delete buttons. It carries what the page shows (`list`:
 * filter, sort, page) as hidden fields, so the action can come back to it, and acts on the filter
 * itself when all matches are chosen.
 */
export function AgentTable({
  action,
  agents,
  list,
  total,
  pages,
  allSelected,
  sortLink,
  teams,
  mayDelete,
}: {
  action: (formData: FormData) => Promise<void>;
  agents: Row[];
  list: AgentListParams;
  total: number;
  pages: number;
  /** Every row starts ticked ("Alle auswählen" without JavaScript). */
  allSelected: boolean;
  sortLink: (sort: AgentSort) => string;
  teams: { id: string; path: string }[];
  mayDelete: boolean;
}) {
  const t = useTranslations("Agents");
  const { sort, dir: direction } = list;
  const header = (key: AgentSort, label: string) => (
    <th scope="col" aria-sort={sort === key ? (direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sortLink(key)}>
        {label}
        {sort === key ? <span aria-hidden="true">{direction === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
  return (
    // Keyed by what it shows: a client-side move to another page starts with nothing ticked.
    <form action={action} key={JSON.stringify(list)}>
      {(["q", "team", "sort", "dir", "page", "size"] as const).map((name) => (
        <input key={name} type="hidden" name={name} value={String(list[name])} />
      ))}
      {agents.length > 0 ? (
        <div className="toolbar items-center">
          <SelectPageButton
            allSelected={allSelected}
            selectLabel={t("selectPage")}
            clearLabel={t("clearPage")}
            selectedText={t("pageSelected", { count: agents.length })}
          />
          {pages > 1 ? (
            <CheckboxField
              name="matches"
              label={t("selectMatches", { count: total })}
              description={t("selectMatchesHelp")}
            />
          ) : null}
        </div>
      ) : null}
      <ScrollTable caption={t("tableCaption")}>
        <thead>
          <tr>
            <SelectColumnHead label={t("select")} />
            {header("name", t("name"))}
            {header("loginId", t("loginId"))}
            {header("screenName", t("screenName"))}
            {header("team", t("team"))}
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => {
            const name = `${agent.lastName}, ${agent.firstName}`;
            return (
              <tr key={agent.id}>
                <SelectCell
                  name="agentIds"
                  value={agent.id}
                  defaultChecked={allSelected}
                  label={t("selectAgent", { name })}
                />
                <td>
                  <Link href={`/manager/agents/${agent.id}`}>{name}</Link>
                </td>
                <td>{agent.loginId}</td>
                <td>{agent.screenName}</td>
                <td>{agent.teamPath ?? <em>{t("noTeam")}</em>}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <div className="toolbar">
        <SelectField
          name="targetTeamId"
          label={t("moveTo")}
          options={[
            { value: "", label: t("chooseTeam") },
            ...teams.map((team) => ({ value: team.id, label: team.path })),
          ]}
        />
        <button type="submit" name="intent" value="move" className="button button-secondary">
          {t("move")}
        </button>
        {mayDelete ? (
          <button type="submit" name="intent" value="delete" className="button button-danger">
            {t("deleteSelected")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
