"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { ConsoleNoticeKey } from "@/lib/flash/notice-keys";
import { flashError, flashNotice } from "@/lib/flash/set-flash";
import { boundId } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, initialFormState, sentByScript, text } from "@/lib/forms/form-state";
import { requestDiagnostics } from "@/lib/live/diagnostics";
import { endSession, saveWrapUp, type WrapUpInput } from "@/lib/live/end-session";
import { postMessage } from "@/lib/live/messages";
import { submitSurvey } from "@/lib/live/surveys";

// The session ID is bound by the page (`action.bind(null, sessionId)`) but comes back from the
// client like any field: each action parses it, and the domain checks that the session is the
// signed-in agent's own (else 404).

const pageOf = (sessionId: string) => `/agent/sessions/${encodeURIComponent(sessionId)}`;

const agent = async () => ({ kind: "agent" as const, actor: await requirePrincipal("agent") });

/**
 * "Senden": with JavaScript the page stays, the transcript shows the message through its stream.
 * Without it the browser is sent back to the page (post/redirect/get), so reloading it to see new
 * messages never posts the last one again; the form's message key catches a resubmission anyway.
 */
export async function sendMessageAction(
  boundSessionId: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const sessionId = boundId(boundSessionId);
  try {
    await orNotFound(postMessage(await agent(), sessionId, text(formData, "text"), text(formData, "messageKey")));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  if (sentByScript(formData)) return initialFormState;
  redirect(pageOf(sessionId));
}

/** Without JavaScript, "Einfügen" on a canned message or URL sends it as it is. */
export async function sendCannedAction(boundSessionId: unknown, formData: FormData): Promise<void> {
  const sessionId = boundId(boundSessionId);
  try {
    await orNotFound(postMessage(await agent(), sessionId, text(formData, "canned")));
    await flashNotice("cannedSent");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    await flashError(Object.values(error.fieldErrors)[0] ?? "required");
  }
  redirect(pageOf(sessionId));
}

/** "Diagnose anfordern": the customer is asked for consent. */
export async function requestDiagnosticsAction(boundSessionId: unknown): Promise<void> {
  const sessionId = boundId(boundSessionId);
  const { actor } = await agent();
  try {
    await orNotFound(requestDiagnostics(actor, sessionId));
    await flashNotice("diagnosticsRequested");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    await flashError(Object.values(error.fieldErrors)[0] ?? "diagnosticsOff");
  }
  redirect(pageOf(sessionId));
}

/**
 * "Sitzung beenden" with notes and outcome. When the customer ended the session first (also while
 * the agent was still writing), the same form saves the notes and outcome.
 */
export async function endSessionAction(
  boundSessionId: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const sessionId = boundId(boundSessionId);
  const { actor } = await agent();
  const wrapUp = { notes: text(formData, "notes"), outcome: text(formData, "outcome") as WrapUpInput["outcome"] };
  let notice: ConsoleNoticeKey = "ended";
  try {
    try {
      await orNotFound(endSession({ kind: "agent", actor }, sessionId, wrapUp));
    } catch (error) {
      if (!(error instanceof ValidationError && error.fieldErrors.form === "sessionEnded")) throw error;
      await orNotFound(saveWrapUp(actor, sessionId, wrapUp));
      notice = "wrapUpSaved";
    }
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice(notice);
  redirect(pageOf(sessionId));
}

/** The agent's survey after the session (rating 1–5 and a comment), where the portal asks for it. */
export async function agentSurveyAction(
  boundSessionId: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const sessionId = boundId(boundSessionId);
  try {
    await orNotFound(
      submitSurvey(await agent(), sessionId, { rating: text(formData, "rating"), comment: text(formData, "comment") }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("surveySent");
  redirect(pageOf(sessionId));
}
