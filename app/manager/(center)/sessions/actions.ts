"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { text } from "@/lib/forms/form-state";
import { safeLocalPath } from "@/lib/http/safe-local-path";
import { closeSessionView } from "@/lib/session-viewing/session-view";
import { SESSION_VIEW_BACK } from "@/lib/session-viewing/view-paths";

/** Schließen in the Sitzungseinsicht: the view ends (audit log), and the manager goes back where they came from. */
export async function closeSessionViewAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(closeSessionView(actor, text(formData, "sessionId")));
  redirect(safeLocalPath(text(formData, "back"), SESSION_VIEW_BACK));
}
