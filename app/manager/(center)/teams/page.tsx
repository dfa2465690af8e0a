import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewTeamNameForm } from "@/components/teams/NewTeamNameForm";
import { TeamTree } from "@/components/teams/TeamTree";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listTeamTree } from "@/lib/teams/teams";
import { startNewTeamAction } from "./actions";

/** "Teams": the tree of teams and sub-teams, with the name field for a new (sub-)team underneath. */
export default async function TeamsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const { roots, mayAddTopLevel, mayAddSubTeams } = await orNotFound(listTeamTree(actor));
  const params = await searchParams;
  const t = await getTranslations("Teams");
  const find = (nodes: typeof roots, id?: string): (typeof roots)[number] | undefined =>
    nodes.find((n) => n.id === id) ?? nodes.map((n) => find(n.children, id)).find(Boolean);
  const parent = mayAddSubTeams ? find(roots, firstParam(params.parent)) : undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      {roots.length === 0 ? <p>{t("empty")}</p> : <TeamTree roots={roots} mayAddSubTeams={mayAddSubTeams} />}
      {parent || mayAddTopLevel ? (
        <section aria-labelledby="add-team-heading" className="card" id="add-team">
          <h2 id="add-team-heading">{parent ? t("addSubTeamTo", { team: parent.name }) : t("addTeam")}</h2>
          {parent ? (
            <p className="muted">
              <Link href="/manager/teams#add-team">{mayAddTopLevel ? t("addTopLevelInstead") : t("cancel")}</Link>
            </p>
          ) : null}
          <NewTeamNameForm action={startNewTeamAction} parentId={parent?.id} />
        </section>
      ) : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Teams");
  return { title: t("title") };
}
