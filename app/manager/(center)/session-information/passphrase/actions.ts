"use server";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { removeReplayPassphrase, setReplayPassphrase } from "@/lib/recordings/replay-passphrase";
import { REPLAY_PASSPHRASE_PATH } from "@/lib/session-information/paths";

// Passphrase für Sitzungswiedergabe (manual chapter 6). Nothing is bound: the portal is a field,
// which the domain checks like any other input.

const passphraseFields = z.object({
  portalId: formField.text(),
  password: formField.text(),
  currentPassphrase: formField.text(),
  passphrase: formField.text(),
  passphraseRepeat: formField.text(),
});

/** "Senden": sets a portal's passphrase, or changes it when the current one is given. */
export const setReplayPassphraseAction = formAction(
  { signedIn: "manager", fields: passphraseFields },
  async ({ actor, values }) => {
    const outcome = await setReplayPassphrase(actor, values);
    return {
      redirectTo: REPLAY_PASSPHRASE_PATH,
      notice: outcome === "changed" ? "passphraseChanged" : "passphraseSet",
    };
  },
);

/** "Auf Standard zurücksetzen": recordings are sealed with the server's key again. */
export const removeReplayPassphraseAction = formAction(
  { signedIn: "manager", fields: passphraseFields.pick({ portalId: true, password: true, currentPassphrase: true }) },
  async ({ actor, values }) => {
    await removeReplayPassphrase(actor, values);
    return { redirectTo: REPLAY_PASSPHRASE_PATH, notice: "passphraseRemoved" };
  },
);
