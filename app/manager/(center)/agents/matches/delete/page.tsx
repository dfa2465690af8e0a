import { getTranslations } from "next-intl/server";
import { AgentMatchesConfirmation } from "@/components/agents/AgentMatchesConfirmation";
import { Notice } from "@/components/shell/Notice";
import { describeAgentMatches } from "@/lib/agents/agent-matches";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { deleteAgentMatchesAction } from "../../actions";

/** "Gewählte Mitarbeiter löschen" for every match of the list's filter (`q`, `team`). */
export default async function DeleteAgentMatchesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const filter = { q: firstParam(params.q) ?? "", team: firstParam(params.team) ?? "" };
  const matches = await orNotFound(describeAgentMatches(actor, { filter, purpose: "delete" }));
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("deleteSelected")}</h1>
      <Notice />
      <AgentMatchesConfirmation
        question={t("deleteMatchesQuestion", { count: matches.count })}
        matches={matches}
        action={deleteAgentMatchesAction}
        danger
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: (await getTranslations("PageTitles"))("allMatches", { page: t("deleteSelected") }) };
}
