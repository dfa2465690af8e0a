import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TeamPortalsForm } from "@/components/portals/TeamPortalsForm";
import { Notice } from "@/components/shell/Notice";
import { TeamTabs } from "@/components/teams/TeamTabs";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getTeamPortals } from "@/lib/portals/team-portals";
import { setTeamPortalsAction } from "../../actions";

/** Teams → [team] → Portal: which sub-portals this team's agents take requests from. */
export default async function TeamPortalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const view = await orNotFound(getTeamPortals(actor, id));
  const t = await getTranslations("Portals");
  return (
    <>
      <h1>{view.teamPath}</h1>
      <TeamTabs teamId={id} current="portal" />
      <Notice />
      <p className="muted">{t("teamPortalHelp")}</p>
      {view.portals.length === 0 ? (
        <p>{view.mayChange ? t("noPortalsYet") : t("teamHasNoPortal")}</p>
      ) : (
        <TeamPortalsForm action={setTeamPortalsAction} teamId={id} portals={view.portals} mayChange={view.mayChange} />
      )}
      {view.mayChange && view.portals.length === 0 ? (
        <p>
          <Link href="/manager/portals">{t("title")}</Link>
        </p>
      ) : null}
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const view = await orNotFound(getTeamPortals(actor, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: view.teamPath, page: t("teamPortal") }) };
}
