import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReplayPassphraseForm } from "@/components/session-information/ReplayPassphraseForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { replayPassphrasePortals } from "@/lib/recordings/replay-passphrase";
import { REMOVE_REPLAY_PASSPHRASE_PATH, SESSION_INFORMATION_PATH } from "@/lib/session-information/paths";
import { setReplayPassphraseAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("ReplayPassphrase");
  return { title: t("title") };
}

/**
 * Passphrase für Sitzungswiedergabe (manual chapter 6): company managers set, change or remove the
 * passphrase that replaying a portal's recordings needs. Everyone else finds no such page.
 */
export default async function ReplayPassphrasePage() {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(replayPassphrasePortals(actor));
  const t = await getTranslations("ReplayPassphrase");
  const withPassphrase = portals.filter((portal) => portal.hasPassphrase);
  return (
    <>
      <p>
        <Link href={SESSION_INFORMATION_PATH}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <Notice />
      <p>{t("intro")}</p>
      <p className="alert alert-warning">{t("warning")}</p>
      {portals.length === 0 ? (
        <p>{t("noPortals")}</p>
      ) : (
        <>
          <section aria-labelledby="portals-heading">
            <h2 id="portals-heading">{t("portalsHeading")}</h2>
            <table className="table">
              <caption className="sr-only">{t("portalsHeading")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("portal")}</th>
                  <th scope="col">{t("protection")}</th>
                </tr>
              </thead>
              <tbody>
                {portals.map((portal) => (
                  <tr key={portal.id}>
                    <th scope="row">{portal.name}</th>
                    <td>{portal.hasPassphrase ? t("protectedByPassphrase") : t("protectedByServerKey")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="set-heading" className="stack">
            <h2 id="set-heading">{t("setHeading")}</h2>
            <ReplayPassphraseForm action={setReplayPassphraseAction} portals={portals} mode="set" />
          </section>
          {withPassphrase.length > 0 ? (
            <p>
              <Link href={REMOVE_REPLAY_PASSPHRASE_PATH}>{t("removeLink")}</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
