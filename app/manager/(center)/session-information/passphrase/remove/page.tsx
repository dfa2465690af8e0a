import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReplayPassphraseForm } from "@/components/session-information/ReplayPassphraseForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { replayPassphrasePortals } from "@/lib/recordings/replay-passphrase";
import { REPLAY_PASSPHRASE_PATH } from "@/lib/session-information/paths";
import { removeReplayPassphraseAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("ReplayPassphrase");
  return { title: t("removeTitle") };
}

/** Removing a portal's passphrase: its recordings are then sealed with the server's key again. */
export default async function RemoveReplayPassphrasePage() {
  const actor = await requirePrincipal("manager");
  const portals = (await orNotFound(replayPassphrasePortals(actor))).filter((portal) => portal.hasPassphrase);
  const t = await getTranslations("ReplayPassphrase");
  return (
    <>
      <p>
        <Link href={REPLAY_PASSPHRASE_PATH}>{t("backToPassphrase")}</Link>
      </p>
      <h1>{t("removeTitle")}</h1>
      <p>{t("removeIntro")}</p>
      {portals.length === 0 ? (
        <p>{t("nothingToRemove")}</p>
      ) : (
        <ReplayPassphraseForm action={removeReplayPassphraseAction} portals={portals} mode="remove" />
      )}
    </>
  );
}
