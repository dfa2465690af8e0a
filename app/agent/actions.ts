"use server";
import { z } from "zod";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { flashError } from "@/lib/flash/set-flash";
import { postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { acceptRequest } from "@/lib/live/accept-request";
import { generateConnectionCode } from "@/lib/live/connection-codes";
import { type AgentStatus, setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { declineRequest } from "@/lib/live/request-lifecycle";

// The console's forms post here and come back to /agent (post/redirect/get) with a notice or an
// error for that page (a flash), so they work without JavaScript; with it, the live list refreshes
// the page anyway. A domain refusal is such an error, not a failed form: the console has no form
// to show again.

const CONSOLE = "/agent";

/** A domain refusal as an error key (namespace Errors); "not found" means the request is gone. */
function errorKeyOf(error: unknown, notFound: string): string {
  if (error instanceof ValidationError) return Object.values(error.fieldErrors)[0] ?? "required";
  if (error instanceof NotFoundError) return notFound;
  throw error;
}

/** "Annehmen" (to the new session) or "Ablehnen" on a waiting request. */
export const respondToRequestAction = postAction(
  { signedIn: "agent", fields: z.object({ requestId: formField.text(), intent: formField.text() }) },
  async ({ actor, values }) => {
    const requestId = Number(values.requestId);
    try {
      if (!Number.isSafeInteger(requestId)) throw new NotFoundError("request");
      if (values.intent === "accept") {
        const { sessionId } = await acceptRequest(actor, requestId);
        return { redirectTo: `/agent/sessions/${sessionId}` };
      }
      await declineRequest(actor, requestId);
      return { redirectTo: CONSOLE, notice: "declined" };
    } catch (error) {
      await flashError(errorKeyOf(error, "requestNoLongerWaiting"));
      return { redirectTo: CONSOLE };
    }
  },
);

/** Verfügbar / Abwesend. */
export const setStatusAction = postAction(
  { signedIn: "agent", fields: z.object({ status: formField.text() }) },
  async ({ actor, values }) => {
    try {
      // The domain refuses anything but the two statuses.
      await setConsoleStatus(actor, values.status as AgentStatus);
      return { redirectTo: CONSOLE, notice: "statusChanged" };
    } catch (error) {
      // Not found: another browser holds the console now; the page says so.
      if (!(error instanceof NotFoundError)) await flashError(errorKeyOf(error, "notFound"));
      return { redirectTo: CONSOLE };
    }
  },
);

/** Takes the console back (after it was opened in another browser, or the agent was signed out of it). */
export const rejoinConsoleAction = postAction({ signedIn: "agent", fields: z.object({}) }, async ({ actor }) => {
  try {
    await signInToConsole(actor);
    return { redirectTo: CONSOLE, notice: "joined" };
  } catch (error) {
    await flashError(errorKeyOf(error, "notFound"));
    return { redirectTo: CONSOLE };
  }
});

/** "Verbindungscode generieren": a new code replaces the agent's previous one. */
export const generateCodeAction = postAction({ signedIn: "agent", fields: z.object({}) }, async ({ actor }) => {
  await generateConnectionCode(actor);
  return { redirectTo: CONSOLE, notice: "codeGenerated" };
});
