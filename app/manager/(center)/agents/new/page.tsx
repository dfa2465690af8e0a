import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewAgentForm } from "@/components/agents/NewAgentForm";
import { Notice } from "@/components/shell/Notice";
import { Tabs } from "@/components/shell/Tabs";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { listPendingAgents } from "@/lib/agents/pending-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { addPendingAgentAction, pendingListAction } from "../actions";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import { SelectCell, SelectColumnHead } from "@/components/forms/RowSelection";

/** "Mitarbeiter hinzufügen": enter agents one by one onto a pending list, then create them together. */
export default async function NewAgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const [pending, options] = await Promise.all([
    orNotFound(listPendingAgents(actor)),
    orNotFound(agentTeamOptions(actor)),
  ]);
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("add")}</h1>
      <Tabs
        label={t("title")}
        current="/manager/agents/new"
        tabs={[
          { href: "/manager/agents", label: t("title") },
          { href: "/manager/agents/new", label: t("add") },
        ]}
      />
      <Notice />
      {options.teams.length === 0 ? (
        // Every agent belongs to a team: without one, the form could only fail.
        <p className="alert alert-info">
          {t.rich("noTeamsYet", { link: (chunks) => <Link href="/manager/teams">{chunks}</Link> })}
        </p>
      ) : null}
      <p>
        {t("bulkHint")} <Link href="/manager/agents/bulk">{t("bulkLink")}</Link>
      </p>
      <NewAgentForm action={addPendingAgentAction} teams={options.teams} defaultTeamId={firstParam(params.team)} />
      <section aria-labelledby="pending-heading" className="card">
        <h2 id="pending-heading">{t("pendingTitle", { count: pending.length })}</h2>
        {pending.length === 0 ? (
          <p>{t("pendingEmpty")}</p>
        ) : (
          <form action={pendingListAction} className="stack">
            <ScrollRegion label={t("pendingList")}>
              <table className="table">
                <thead>
                  <tr>
                    <SelectColumnHead label={t("select")} />
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("loginId")}</th>
                    <th scope="col">{t("screenName")}</th>
                    <th scope="col">{t("team")}</th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((p) => (
                    <tr key={p.id}>
                      <SelectCell
                        name="pendingIds"
                        value={p.id}
                        label={t("selectAgent", { name: `${p.lastName}, ${p.firstName}` })}
                      />
                      <td>{`${p.lastName}, ${p.firstName}`}</td>
                      <td>{p.loginId}</td>
                      <td>{p.screenName}</td>
                      <td>{p.teamPath}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <div className="actions">
              <button type="submit" name="intent" value="remove" className="button button-secondary">
                {t("removeFromList")}
              </button>
              <button type="submit" name="intent" value="create" className="button button-primary">
                {t("add")}
              </button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: t("add") };
}
