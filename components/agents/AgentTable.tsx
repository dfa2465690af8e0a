import Link from "next/link";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Field";
import type { AgentSort } from "@/lib/agents/list-agents";

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  loginId: string;
  screenName: string;
  teamPath: string | null;
};

export function AgentTable({
  action,
  agents,
  sort,
  direction,
  sortLink,
  returnTo,
  teams,
  mayDelete,
}: {
  action: (formData: FormData) => Promise<void>;
  agents: Row[];
  sort: AgentSort;
  direction: "asc" | "desc";
  sortLink: (sort: AgentSort) => string;
  returnTo: string;
  teams: { id: string; path: string }[];
  mayDelete: boolean;
}) {
  const t = useTranslations("Agents");
  const header = (key: AgentSort, label: string) => (
    <th scope="col" aria-sort={sort === key ? (direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sortLink(key)}>
        {label}
        {sort === key ? <span aria-hidden="true">{direction === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
  return (
    <form action={action}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <table className="table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t("select")}</span>
            </th>
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
                <td>
                  <input type="checkbox" name="agentIds" value={agent.id} aria-label={t("selectAgent", { name })} />
                </td>
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
      </table>
      {agents.length === 0 ? <p>{t("none")}</p> : null}
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
