"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { flashError, flashNotice } from "@/lib/flash/set-flash";
import { text } from "@/lib/forms/form-state";
import { acceptRequest } from "@/lib/live/accept-request";
import { generateConnectionCode } from "@/lib/live/connection-codes";
import { type AgentStatus, setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { declineRequest } from "@/lib/live/request-lifecycle";

// The console's forms post here and come back to /agent (post/redirect/get) with a notice or an
// error for that page (a flash), so they work without JavaScript; with it, the live list refreshes
// the page anyway.

/** A domain refusal as an error key (namespace Errors); "not found" means the request is gone. */
function errorKeyOf(error: unknown, notFound: string): string {
  if (error instanceof ValidationError) return Object.values(error.fieldErrors)[0] ?? "required";
  if (error instanceof NotFoundError) return notFound;
  throw error;
}

/** "Annehmen" (to the new session) or "Ablehnen" on a waiting request. */
export async function respondToRequestAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("agent");
  const requestId = Number(text(formData, "requestId"));
  let target = "/agent";
  try {
    if (!Number.isSafeInteger(requestId)) throw new NotFoundError("request");
    if (text(formData, "intent") === "accept") {
      const { sessionId } = await acceptRequest(actor, requestId);
      target = `/agent/sessions/${sessionId}`;
    } else {
      await declineRequest(actor, requestId);
      await flashNotice("declined");
    }
  } catch (error) {
    await flashError(errorKeyOf(error, "requestNoLongerWaiting"));
  }
  redirect(target);
}

/** Verfügbar / Abwesend. */
export async function setStatusAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("agent");
  const status = text(formData, "status");
  try {
    // The domain refuses anything but the two statuses.
    await setConsoleStatus(actor, status as AgentStatus);
    await flashNotice("statusChanged");
  } catch (error) {
    // Not found: another browser holds the console now; the page says so.
    if (!(error instanceof NotFoundError)) await flashError(errorKeyOf(error, "notFound"));
  }
  redirect("/agent");
}

/** Takes the console back (after it was opened in another browser, or the agent was signed out of it). */
export async function rejoinConsoleAction(): Promise<void> {
  const actor = await requirePrincipal("agent");
  try {
    await signInToConsole(actor);
    await flashNotice("joined");
  } catch (error) {
    await flashError(errorKeyOf(error, "notFound"));
  }
  redirect("/agent");
}

/** "Verbindungscode generieren": a new code replaces the agent's previous one. */
export async function generateCodeAction(): Promise<void> {
  const actor = await requirePrincipal("agent");
  await generateConnectionCode(actor);
  await flashNotice("codeGenerated");
  redirect("/agent");
}
