"use server";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { ConsoleNoticeKey } from "@/lib/flash/notice-keys";
import { flashError } from "@/lib/flash/set-flash";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { initialFormState, sentByScript } from "@/lib/forms/form-state";
import { requestDiagnostics } from "@/lib/live/diagnostics";
import { endSession, saveWrapUp, type WrapUpInput } from "@/lib/live/end-session";
import { postMessage } from "@/lib/live/messages";
import { submitSurvey } from "@/lib/live/surveys";

// The session ID is bound by the page (`action.bind(null, sessionId)`) but comes back from the
// client like any field: the form helper parses it, and the domain checks that the session is the
// signed-in agent's own (else 404).

const pageOf = (sessionId: string) => `/agent/sessions/${encodeURIComponent(sessionId)}`;

const inSession = <S extends z.ZodType>(fields: S) => ({ signedIn: "agent" as const, bound: boundKey, fields });

/** A domain refusal after a button without a form to show again: an error for the page (a flash). */
async function flashRefusal(error: unknown, fallback: string): Promise<void> {
  if (!(error instanceof ValidationError)) throw error;
  await flashError(Object.values(error.fieldErrors)[0] ?? fallback);
}

/**
 * "Senden": with JavaScript the page stays, the transcript shows the message through its stream.
 * Without it the browser is sent back to the page (post/redirect/get), so reloading it to see new
 * messages never posts the last one again; the form's message key catches a resubmission anyway.
 */
export const sendMessageAction = formAction(
  inSession(z.object({ text: formField.text(), messageKey: formField.text() })),
  async ({ actor, bound: sessionId, values, formData }) => {
    await postMessage({ kind: "agent", actor }, sessionId, values.text, values.messageKey);
    if (sentByScript(formData)) return { state: initialFormState };
    return { redirectTo: pageOf(sessionId) };
  },
);

/** Without JavaScript, "Einfügen" on a canned message or URL sends it as it is. */
export const sendCannedAction = postAction(
  inSession(z.object({ canned: formField.text() })),
  async ({ actor, bound: sessionId, values }) => {
    try {
      await postMessage({ kind: "agent", actor }, sessionId, values.canned);
      return { redirectTo: pageOf(sessionId), notice: "cannedSent" };
    } catch (error) {
      await flashRefusal(error, "required");
      return { redirectTo: pageOf(sessionId) };
    }
  },
);

/** "Diagnose anfordern": the customer is asked for consent. */
export const requestDiagnosticsAction = postAction(inSession(z.object({})), async ({ actor, bound: sessionId }) => {
  try {
    await requestDiagnostics(actor, sessionId);
    return { redirectTo: pageOf(sessionId), notice: "diagnosticsRequested" };
  } catch (error) {
    await flashRefusal(error, "diagnosticsOff");
    return { redirectTo: pageOf(sessionId) };
  }
});

/**
 * "Sitzung beenden" with notes and outcome. When the customer ended the session first (also while
 * the agent was still writing), the same form saves the notes and outcome.
 */
export const endSessionAction = formAction(
  inSession(z.object({ notes: formField.text(), outcome: formField.text() })),
  async ({ actor, bound: sessionId, values }) => {
    // The domain checks the outcome.
    const wrapUp = { notes: values.notes, outcome: values.outcome as WrapUpInput["outcome"] };
    let notice: ConsoleNoticeKey = "ended";
    try {
      await endSession({ kind: "agent", actor }, sessionId, wrapUp);
    } catch (error) {
      if (!(error instanceof ValidationError && error.fieldErrors.form === "sessionEnded")) throw error;
      await saveWrapUp(actor, sessionId, wrapUp);
      notice = "wrapUpSaved";
    }
    return { redirectTo: pageOf(sessionId), notice };
  },
);

/** The agent's survey after the session (rating 1–5 and a comment), where the portal asks for it. */
export const agentSurveyAction = formAction(
  inSession(z.object({ rating: formField.text(), comment: formField.text() })),
  async ({ actor, bound: sessionId, values }) => {
    await submitSurvey({ kind: "agent", actor }, sessionId, values);
    return { redirectTo: pageOf(sessionId), notice: "surveySent" };
  },
);
