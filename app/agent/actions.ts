"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { text } from "@/lib/forms/form-state";
import { acceptRequest } from "@/lib/live/accept-request";
import { generateConnectionCode } from "@/lib/live/connection-codes";
import { type AgentStatus, setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { declineRequest } from "@/lib/live/request-lifecycle";

// The console's forms post here and come back to /agent (post/redirect/get), so they work without
// JavaScript; with it, the live list refreshes the page anyway.

/** A domain refusal as an error key for /agent?error=…; "not found" means the request is gone. */
function errorKeyOf(error: unknown, notFound: string): string {
  if (error instanceof ValidationError) return Object.values(error.fieldErrors)[0] ?? "required";
  if (error instanceof NotFoundError) return notFound;
  throw error;
}

/** "Annehmen" (to the new session) or "Ablehnen" on a waiting request. */
export async function respondToRequestAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("agent");
  const requestId = Number(text(formData, "requestId"));
  let target: string;
  try {
    if (!Number.isSafeInteger(requestId)) throw new NotFoundError("request");
    if (text(formData, "intent") === "accept") {
      const { sessionId } = await acceptRequest(actor, requestId);
      target = `/agent/sessions/${sessionId}`;
    } else {
      await declineRequest(actor, requestId);
      target = "/agent?notice=declined";
    }
  } catch (error) {
    target = `/agent?error=${errorKeyOf(error, "requestNoLongerWaiting")}`;
  }
  redirect(target);
}

/** Verfügbar / Abwesend. */
export async function setStatusAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("agent");
  const status = text(formData, "status");
  let target = "/agent?notice=statusChanged";
  try {
    // The domain refuses anything but the two statuses.
    await setConsoleStatus(actor, status as AgentStatus);
  } catch (error) {
    // Not found: another browser holds the console now; the page says so.
    target = error instanceof NotFoundError ? "/agent" : `/agent?error=${errorKeyOf(error, "notFound")}`;
  }
  redirect(target);
}

/** Takes the console back (after it was opened in another browser, or the agent was signed out of it). */
export async function rejoinConsoleAction(): Promise<void> {
  const actor = await requirePrincipal("agent");
  let target = "/agent?notice=joined";
  try {
    await signInToConsole(actor);
  } catch (error) {
    target = `/agent?error=${errorKeyOf(error, "notFound")}`;
  }
  redirect(target);
}

/** "Verbindungscode generieren": a new code replaces the agent's previous one. */
export async function generateCodeAction(): Promise<void> {
  const actor = await requirePrincipal("agent");
  await generateConnectionCode(actor);
  redirect("/agent?notice=codeGenerated");
}
