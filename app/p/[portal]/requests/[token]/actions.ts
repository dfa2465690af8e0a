"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { bound, boundSlug } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, initialFormState, sentByScript, text } from "@/lib/forms/form-state";
import { customerParticipant } from "@/lib/live/customer-participant";
import { declineDiagnostics, submitDiagnostics } from "@/lib/live/diagnostics";
import { endSession } from "@/lib/live/end-session";
import { postMessage } from "@/lib/live/messages";
import { abandonRequest } from "@/lib/live/request-lifecycle";
import { submitSurvey } from "@/lib/live/surveys";

// Every action names the request by portal and token (the customer's only key), bound by the page
// and parsed here, since bound values come back from the client like any field (decision record 12).
const targetSchema = z.object({ portal: boundSlug, token: boundSlug });
type Target = z.infer<typeof targetSchema>;

const pageOf = (target: Target) => `/p/${encodeURIComponent(target.portal)}/requests/${target.token}`;

export async function customerMessageAction(
  boundTarget: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const target = bound(targetSchema, boundTarget);
  try {
    const participant = await orNotFound(customerParticipant(target.portal, target.token));
    await orNotFound(
      postMessage(participant, text(formData, "sessionId"), text(formData, "text"), text(formData, "messageKey")),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  // With JavaScript a fresh, empty form (the transcript shows the message through its stream);
  // without it back to the page, so reloading it never sends the message again.
  if (sentByScript(formData)) return initialFormState;
  redirect(pageOf(target));
}

export async function withdrawRequestAction(boundTarget: unknown): Promise<void> {
  const target = bound(targetSchema, boundTarget);
  // As for every customer action: the portal in the URL must be the request's, and still there.
  await orNotFound(customerParticipant(target.portal, target.token));
  await orNotFound(abandonRequest(target.token));
  redirect(pageOf(target));
}

export async function leaveSessionAction(boundTarget: unknown, formData: FormData): Promise<void> {
  const target = bound(targetSchema, boundTarget);
  const participant = await orNotFound(customerParticipant(target.portal, target.token));
  try {
    await orNotFound(endSession(participant, text(formData, "sessionId")));
  } catch (error) {
    // Already ended by the agent: the page shows the end either way.
    if (!(error instanceof ValidationError)) throw error;
  }
  redirect(pageOf(target));
}

export async function customerSurveyAction(
  boundTarget: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const target = bound(targetSchema, boundTarget);
  try {
    const participant = await orNotFound(customerParticipant(target.portal, target.token));
    await orNotFound(
      submitSurvey(participant, text(formData, "sessionId"), {
        rating: text(formData, "rating"),
        comment: text(formData, "comment"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("surveyThanks");
  redirect(pageOf(target));
}

/** "Zustimmen" sends what the browser reports (collected on the client); "Ablehnen" declines. */
export async function diagnosticsAction(boundTarget: unknown, formData: FormData): Promise<void> {
  const target = bound(targetSchema, boundTarget);
  const participant = await orNotFound(customerParticipant(target.portal, target.token));
  const sessionId = text(formData, "sessionId");
  if (text(formData, "intent") === "decline") {
    await orNotFound(declineDiagnostics(participant, sessionId));
  } else {
    let info: unknown = {};
    try {
      info = JSON.parse(text(formData, "info") || "{}");
    } catch {
      info = {};
    }
    try {
      await orNotFound(submitDiagnostics(participant, sessionId, info));
    } catch (error) {
      // An unusable report counts as none; the agent can ask again.
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  redirect(pageOf(target));
}
