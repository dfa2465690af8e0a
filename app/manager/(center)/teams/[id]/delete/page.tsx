import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { describeTeamDeletion } from "@/lib/teams/teams";
import { deleteTeamAction } from "../../actions";

/** The confirmation of "Team löschen" / "Teilteam löschen", a page of its own so it works without JavaScript. */
export default async function DeleteTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const info = await orNotFound(describeTeamDeletion(actor, id));
  const t = await getTranslations("Teams");
  return (
    <>
      <h1>{info.isSubTeam ? t("deleteSubTeam") : t("deleteTeam")}</h1>
      <p>{t("deleteQuestion", { team: info.path, subTeams: info.subTeams, agents: info.agents })}</p>
      <form action={deleteTeamAction} className="actions">
        <input type="hidden" name="teamId" value={id} />
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href={`/manager/teams/${id}`}>{t("cancel")}</Link>
      </form>
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const info = await orNotFound(describeTeamDeletion(actor, (await params).id));
  const t = await getTranslations("Teams");
  const page = info.isSubTeam ? t("deleteSubTeam") : t("deleteTeam");
  return { title: (await getTranslations("PageTitles"))("of", { object: info.path, page }) };
}
