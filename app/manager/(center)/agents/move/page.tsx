import { getTranslations } from "next-intl/server";
import { AgentConfirmation } from "@/components/agents/AgentConfirmation";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { describeAgents } from "@/lib/agents/move-and-delete-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { notFound } from "next/navigation";
import { moveAgentsAction } from "../actions";

export default async function MoveAgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const ids = ([] as string[]).concat(params.id ?? []);
  const teamId = firstParam(params.team) ?? "";
  const [agents, options] = await Promise.all([
    orNotFound(describeAgents(actor, ids, "move")),
    orNotFound(agentTeamOptions(actor)),
  ]);
  const target = options.teams.find((team) => team.id === teamId);
  if (!target) notFound();
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("move")}</h1>
      <AgentConfirmation
        question={t("moveQuestion", { count: agents.length, team: target.path })}
        agents={agents}
        action={moveAgentsAction}
        hidden={{ targetTeamId: target.id }}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: t("move") };
}
