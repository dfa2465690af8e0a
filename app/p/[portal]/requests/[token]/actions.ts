"use server";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { initialFormState, sentByScript } from "@/lib/forms/form-state";
import { customerParticipant } from "@/lib/live/customer-participant";
import { declineDiagnostics, submitDiagnostics } from "@/lib/live/diagnostics";
import { endSession } from "@/lib/live/end-session";
import { postMessage } from "@/lib/live/messages";
import { abandonRequest } from "@/lib/live/request-lifecycle";
import { submitSurvey } from "@/lib/live/surveys";

// Every action names the request by portal and token (the customer's only key), bound by the page
// and parsed by the form helper, since bound values come back from the client like any field
// (decision record 12). As for every customer action, the portal in the URL must be the request's,
// and still there (`customerParticipant`, else 404).
const targetSchema = z.object({ portal: boundKey, token: boundKey });
type Target = z.infer<typeof targetSchema>;

const pageOf = (target: Target) => `/p/${encodeURIComponent(target.portal)}/requests/${target.token}`;

const onRequest = <S extends z.ZodType>(fields: S) => ({ signedIn: "anyone" as const, bound: targetSchema, fields });

export const customerMessageAction = formAction(
  onRequest(z.object({ sessionId: formField.text(), text: formField.text(), messageKey: formField.text() })),
  async ({ bound: target, values, formData }) => {
    const participant = await customerParticipant(target.portal, target.token);
    await postMessage(participant, values.sessionId, values.text, values.messageKey);
    // With JavaScript a fresh, empty form (the transcript shows the message through its stream);
    // without it back to the page, so reloading it never sends the message again.
    if (sentByScript(formData)) return { state: initialFormState };
    return { redirectTo: pageOf(target) };
  },
);

export const withdrawRequestAction = postAction(onRequest(z.object({})), async ({ bound: target }) => {
  await customerParticipant(target.portal, target.token);
  await abandonRequest(target.token);
  return { redirectTo: pageOf(target) };
});

export const leaveSessionAction = postAction(
  onRequest(z.object({ sessionId: formField.text() })),
  async ({ bound: target, values }) => {
    const participant = await customerParticipant(target.portal, target.token);
    try {
      await endSession(participant, values.sessionId);
    } catch (error) {
      // Already ended by the agent: the page shows the end either way.
      if (!(error instanceof ValidationError)) throw error;
    }
    return { redirectTo: pageOf(target) };
  },
);

export const customerSurveyAction = formAction(
  onRequest(z.object({ sessionId: formField.text(), rating: formField.text(), comment: formField.text() })),
  async ({ bound: target, values: { sessionId, ...survey } }) => {
    const participant = await customerParticipant(target.portal, target.token);
    await submitSurvey(participant, sessionId, survey);
    return { redirectTo: pageOf(target), notice: "surveyThanks" };
  },
);

/** "Zustimmen" sends what the browser reports (collected on the client); "Ablehnen" declines. */
export const diagnosticsAction = postAction(
  onRequest(z.object({ sessionId: formField.text(), intent: formField.text(), info: formField.text() })),
  async ({ bound: target, values }) => {
    const participant = await customerParticipant(target.portal, target.token);
    if (values.intent === "decline") {
      await declineDiagnostics(participant, values.sessionId);
    } else {
      try {
        await submitDiagnostics(participant, values.sessionId, reportOf(values.info));
      } catch (error) {
        // An unusable report counts as none; the agent can ask again.
        if (!(error instanceof ValidationError)) throw error;
      }
    }
    return { redirectTo: pageOf(target) };
  },
);

/** The browser's report as sent (JSON); anything unreadable is an empty one. */
function reportOf(info: string): unknown {
  try {
    return JSON.parse(info || "{}");
  } catch {
    return {};
  }
}
