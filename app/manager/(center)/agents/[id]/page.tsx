import { getTranslations } from "next-intl/server";
import { AgentForm } from "@/components/agents/AgentForm";
import { AgentFeatureSection } from "@/components/portals/AgentFeatureSection";
import { Notice } from "@/components/shell/Notice";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { getAgent } from "@/lib/agents/agent-details";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { agentPortalFeatures } from "@/lib/portals/agent-portal-features";
import { choiceOf } from "@/lib/teams/team-input";
import { updateAgentAction } from "../actions";

export default async function AgentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const [agent, options, portals] = await Promise.all([
    orNotFound(getAgent(actor, id)),
    orNotFound(agentTeamOptions(actor)),
    orNotFound(agentPortalFeatures(actor, id)),
  ]);
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>
        {agent.firstName} {agent.lastName}
      </h1>
      <Notice />
      {agent.active ? null : (
        <section className="alert alert-error" aria-labelledby="agent-deactivated">
          <h2 id="agent-deactivated">{t("deactivated")}</h2>
          <p>{t("deactivatedHelp")}</p>
        </section>
      )}
      {agent.mustChangePassword ? <p className="muted">{t("mustChangePassword")}</p> : null}
      <AgentForm
        action={updateAgentAction}
        teams={options.teams}
        agent={{
          ...agent,
          teamId: agent.teamId ?? "",
          maxSessions: agent.maxSessions?.toString() ?? "",
          choices: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, choiceOf(agent.overrides, fn)])) as never,
        }}
      />
      <AgentFeatureSection portals={portals} teamId={agent.teamId} />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const agent = await orNotFound(getAgent(actor, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: `${agent.firstName} ${agent.lastName}`, page: t("agent") }) };
}
