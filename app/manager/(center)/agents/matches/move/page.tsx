import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgentMatchesConfirmation } from "@/components/agents/AgentMatchesConfirmation";
import { Notice } from "@/components/shell/Notice";
import { describeAgentMatches } from "@/lib/agents/agent-matches";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { moveAgentMatchesAction } from "../../actions";

/** "Mitarbeiter verschieben" for every match of the list's filter (`q`, `team`) to the team `to`. */
export default async function MoveAgentMatchesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const filter = { q: firstParam(params.q) ?? "", team: firstParam(params.team) ?? "" };
  const [matches, options] = await Promise.all([
    orNotFound(describeAgentMatches(actor, { filter, purpose: "move" })),
    orNotFound(agentTeamOptions(actor)),
  ]);
  const target = options.teams.find((team) => team.id === firstParam(params.to));
  if (!target) notFound();
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("move")}</h1>
      <Notice />
      <AgentMatchesConfirmation
        question={t("moveMatchesQuestion", { count: matches.count, team: target.path })}
        matches={matches}
        action={moveAgentMatchesAction}
        hidden={{ to: target.id }}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: (await getTranslations("PageTitles"))("allMatches", { page: t("move") }) };
}
