import { getTranslations } from "next-intl/server";
import { ManagerTabs } from "@/components/managers/ManagerTabs";
import { TeamManagerForm } from "@/components/managers/TeamManagerForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { assignableTeams, mayCreateApiManagers } from "@/lib/managers/managers";
import { createTeamManagerAction } from "../actions";

export default async function NewManagerPage() {
  const actor = await requirePrincipal("manager");
  const teams = await orNotFound(assignableTeams(actor));
  const t = await getTranslations("Managers");
  return (
    <>
      <h1>{t("add")}</h1>
      <ManagerTabs current="/manager/managers/new" showApiTab={await mayCreateApiManagers(actor)} />
      {teams.length === 0 ? <p>{t("noTeamsYet")}</p> : null}
      <TeamManagerForm
        action={createTeamManagerAction}
        teams={teams}
        defaults={{ loginId: "", email: "", name: "", teamIds: [], rights: [] }}
        submitLabel={t("add")}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Managers");
  return { title: t("add") };
}
