"use server";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { unlockRecording } from "@/lib/recordings/replay";
import { sessionInformationPath } from "@/lib/session-information/paths";

/**
 * Wiedergabe or Export of a recording: opens its key (with the portal's passphrase, when it has
 * one) for this viewer and comes back to the session page with the ticket, where the player — or
 * the download link — uses it. Number and recording are fields like any other: the domain checks
 * that the viewer may replay (or export) that session's recording.
 */
export const recordingAccessAction = formAction(
  {
    signedIn: "manager",
    fields: z.object({
      intent: formField.text(),
      number: formField.text(),
      recordingId: formField.text(),
      passphrase: formField.text(),
    }),
  },
  async ({ actor, values }) => {
    const purpose = values.intent === "export" ? "export" : "replay";
    const { ticket } = await unlockRecording(actor, values.number, values.recordingId, values.passphrase, purpose);
    const anchor = purpose === "replay" ? "player" : "recordings";
    return {
      redirectTo: `${sessionInformationPath(values.number)}?${purpose}=${encodeURIComponent(ticket)}#${anchor}`,
    };
  },
);
