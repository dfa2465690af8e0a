import { getTranslations } from "next-intl/server";
import { ManagerTabs } from "@/components/managers/ManagerTabs";
import { TeamManagerForm } from "@/components/managers/TeamManagerForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { assignableTeams, getTeamManager, mayCreateApiManagers } from "@/lib/managers/managers";
import { updateTeamManagerAction } from "../actions";

export default async function ManagerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const manager = await orNotFound(getTeamManager(actor, id));
  const teams = await orNotFound(assignableTeams(actor));
  const t = await getTranslations("Managers");
  return (
    <>
      <h1>{manager.name}</h1>
      <ManagerTabs current="/manager/managers" showApiTab={await mayCreateApiManagers(actor)} />
      <Notice />
      <TeamManagerForm
        action={updateTeamManagerAction}
        teams={teams}
        defaults={{ ...manager, managerId: manager.id }}
        submitLabel={t("save")}
      />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const manager = await orNotFound(getTeamManager(actor, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: manager.name, page: t("manager") }) };
}
