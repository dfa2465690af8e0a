"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { unlockRecording } from "@/lib/recordings/replay";
import { sessionInformationPath } from "@/lib/session-information/paths";

/**
 * Wiedergabe or Export of a recording: opens its key (with the portal's passphrase, when it has
 * one) for this viewer and comes back to the session page with the ticket, where the player — or
 * the download link — uses it. Number and recording are fields like any other: the domain checks
 * that the viewer may replay (or export) that session's recording.
 */
export async function recordingAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const purpose = text(formData, "intent") === "export" ? "export" : "replay";
  const number = text(formData, "number");
  let ticket: string;
  try {
    ({ ticket } = await orNotFound(
      unlockRecording(actor, number, text(formData, "recordingId"), text(formData, "passphrase"), purpose),
    ));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  const anchor = purpose === "replay" ? "player" : "recordings";
  redirect(`${sessionInformationPath(number)}?${purpose}=${encodeURIComponent(ticket)}#${anchor}`);
}
