"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { type FormState, formStateFromError, initialFormState, text } from "@/lib/forms/form-state";
import { requestDiagnostics } from "@/lib/live/diagnostics";
import { endSession, saveWrapUp, type WrapUpInput } from "@/lib/live/end-session";
import { postMessage } from "@/lib/live/messages";
import { submitSurvey } from "@/lib/live/surveys";

// The session ID is bound on the server (`action.bind(null, sessionId)`); every action checks that
// the session is the signed-in agent's own (else 404), through the domain.

const pageOf = (sessionId: string) => `/agent/sessions/${encodeURIComponent(sessionId)}`;

const agent = async () => ({ kind: "agent" as const, actor: await requirePrincipal("agent") });

/** "Senden": with JavaScript the page stays, the transcript shows the message through its stream. */
export async function sendMessageAction(
  sessionId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await orNotFound(postMessage(await agent(), sessionId, text(formData, "text")));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  return initialFormState;
}

/** Without JavaScript, "Einfügen" on a canned message or URL sends it as it is. */
export async function sendCannedAction(sessionId: string, formData: FormData): Promise<void> {
  let target = `${pageOf(sessionId)}?notice=cannedSent`;
  try {
    await orNotFound(postMessage(await agent(), sessionId, text(formData, "canned")));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    target = `${pageOf(sessionId)}?error=${Object.values(error.fieldErrors)[0] ?? "required"}`;
  }
  redirect(target);
}

/** "Diagnose anfordern": the customer is asked for consent. */
export async function requestDiagnosticsAction(sessionId: string): Promise<void> {
  const { actor } = await agent();
  let target = `${pageOf(sessionId)}?notice=diagnosticsRequested`;
  try {
    await orNotFound(requestDiagnostics(actor, sessionId));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    target = `${pageOf(sessionId)}?error=${Object.values(error.fieldErrors)[0] ?? "diagnosticsOff"}`;
  }
  redirect(target);
}

/**
 * "Sitzung beenden" with notes and outcome. When the customer ended the session first (also while
 * the agent was still writing), the same form saves the notes and outcome.
 */
export async function endSessionAction(
  sessionId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor } = await agent();
  const wrapUp = { notes: text(formData, "notes"), outcome: text(formData, "outcome") as WrapUpInput["outcome"] };
  let notice = "ended";
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
  redirect(`${pageOf(sessionId)}?notice=${notice}`);
}

/** The agent's survey after the session (rating 1–5 and a comment), where the portal asks for it. */
export async function agentSurveyAction(
  sessionId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await orNotFound(
      submitSurvey(await agent(), sessionId, { rating: text(formData, "rating"), comment: text(formData, "comment") }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`${pageOf(sessionId)}?notice=surveySent`);
}
