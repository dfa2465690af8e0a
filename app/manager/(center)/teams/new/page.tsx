import { getTranslations } from "next-intl/server";
import { TeamSettingsForm } from "@/components/teams/TeamSettingsForm";
import { Tabs } from "@/components/shell/Tabs";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { newTeamDraft } from "@/lib/teams/teams";
import { createTeamAction } from "../actions";

/** The "Team hinzufügen" / "Teilteam hinzufügen" tab: the new team's settings before it is created. */
export default async function NewTeamPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const parentId = firstParam(params.parent) ?? null;
  const draft = await orNotFound(newTeamDraft(actor, parentId));
  const t = await getTranslations("Teams");
  const label = parentId ? t("addSubTeam") : t("addTeam");
  const here = `/manager/teams/new?${new URLSearchParams({ name: firstParam(params.name) ?? "", ...(parentId ? { parent: parentId } : {}) })}`;
  return (
    <>
      <h1>{label}</h1>
      <Tabs
        label={t("title")}
        current={here}
        tabs={[
          { href: "/manager/teams", label: t("title") },
          { href: here, label },
        ]}
      />
      {draft.parentPath ? <p>{t("newSubTeamOf", { parent: draft.parentPath })}</p> : null}
      <TeamSettingsForm
        action={createTeamAction}
        defaults={{
          name: firstParam(params.name) ?? "",
          parentId: parentId ?? "",
          availableLogins: "",
          greeting: "",
          cannedMessages: "",
          cannedUrls: "",
          maxSessions: "",
          functions: {},
        }}
        parentOptions={draft.parentOptions}
        allowTopLevel={draft.allowTopLevel}
        parentLocked={!draft.allowTopLevel && parentId !== null}
        inherited={draft.inherited}
        inheritedMaxSessions={draft.inheritedMaxSessions}
        submitLabel={label}
      />
    </>
  );
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("Teams");
  return { title: firstParam((await searchParams).parent) ? t("addSubTeam") : t("addTeam") };
}
