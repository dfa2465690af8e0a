"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { removeReplayPassphrase, setReplayPassphrase } from "@/lib/recordings/replay-passphrase";
import { REPLAY_PASSPHRASE_PATH } from "@/lib/session-information/paths";

// Passphrase für Sitzungswiedergabe (manual chapter 6). Nothing is bound: the portal is a field,
// which the domain checks like any other input.

/** "Senden": sets a portal's passphrase, or changes it when the current one is given. */
export async function setReplayPassphraseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  let outcome: "set" | "changed";
  try {
    outcome = await orNotFound(
      setReplayPassphrase(actor, {
        portalId: text(formData, "portalId"),
        password: text(formData, "password"),
        currentPassphrase: text(formData, "currentPassphrase"),
        passphrase: text(formData, "passphrase"),
        passphraseRepeat: text(formData, "passphraseRepeat"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice(outcome === "changed" ? "passphraseChanged" : "passphraseSet");
  redirect(REPLAY_PASSPHRASE_PATH);
}

/** "Auf Standard zurücksetzen": recordings are sealed with the server's key again. */
export async function removeReplayPassphraseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  try {
    await orNotFound(
      removeReplayPassphrase(actor, {
        portalId: text(formData, "portalId"),
        password: text(formData, "password"),
        currentPassphrase: text(formData, "currentPassphrase"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("passphraseRemoved");
  redirect(REPLAY_PASSPHRASE_PATH);
}
