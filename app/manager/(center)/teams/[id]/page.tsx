import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/shell/Notice";
import { TeamSettingsForm } from "@/components/teams/TeamSettingsForm";
import { TeamTabs } from "@/components/teams/TeamTabs";
import { choiceOf } from "@/lib/teams/team-input";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getTeam } from "@/lib/teams/teams";
import { updateTeamAction } from "../actions";
import { DangerZone } from "@/components/shell/DangerZone";

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const details = await orNotFound(getTeam(actor, id));
  const { team } = details;
  const t = await getTranslations("Teams");
  return (
    <>
      <h1>{team.path}</h1>
      <TeamTabs teamId={team.id} current="settings" />
      <Notice />
      <p>
        <Link href={`/manager/agents?team=${team.id}`}>{t("showAgents")}</Link>
      </p>
      <TeamSettingsForm
        action={updateTeamAction}
        defaults={{
          teamId: team.id,
          name: team.name,
          parentId: team.parentId ?? "",
          availableLogins: team.availableLogins?.toString() ?? "",
          greeting: team.greeting,
          cannedMessages: team.cannedMessages,
          cannedUrls: team.cannedUrls,
          maxSessions: team.maxSessions?.toString() ?? "",
          functions: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, choiceOf(team.functions, fn)])),
        }}
        parentOptions={details.parentOptions}
        allowTopLevel={actor.managerRole === "company"}
        parentLocked={!details.mayChangeParent}
        inherited={details.inherited}
        inheritedMaxSessions={details.inheritedMaxSessions}
        submitLabel={t("save")}
      />
      {details.mayDelete ? (
        <DangerZone
          deleteHref={`/manager/teams/${team.id}/delete`}
          deleteLabel={team.isSubTeam ? t("deleteSubTeam") : t("deleteTeam")}
        />
      ) : null}
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { team } = await orNotFound(getTeam(actor, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: team.path, page: t("team") }) };
}
