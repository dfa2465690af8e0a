import { getTranslations } from "next-intl/server";
import { AgentConfirmation } from "@/components/agents/AgentConfirmation";
import { describeAgents } from "@/lib/agents/move-and-delete-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { SearchParams } from "@/lib/forms/page-props";
import { deleteAgentsAction } from "../actions";

export default async function DeleteAgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const ids = ([] as string[]).concat((await searchParams).id ?? []);
  const agents = await orNotFound(describeAgents(actor, ids, "delete"));
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("deleteSelected")}</h1>
      <AgentConfirmation
        question={t("deleteQuestion", { count: agents.length })}
        agents={agents}
        action={deleteAgentsAction}
        danger
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: t("deleteSelected") };
}
