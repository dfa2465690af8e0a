import "server-only";
import { endCurrentSession, principalOfSession, currentPrincipal } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { type ErrorKey, errorKeyOr } from "@/lib/errors/error-key";
import { openSessionsOf, signInToConsole, signOutOfConsole } from "@/lib/live/presence";

/**
 * Right after an agent's sign-in (the session `sessionId` was just opened): sign in to the console
 * as well. When the team's available logins are taken, the sign-in is refused (and recorded), so
 * the browser session is ended again; returns the error key for the sign-in form.
 */
export async function joinAgentConsole(sessionId: string): Promise<ErrorKey | null> {
  const principal = await principalOfSession(sessionId, "agent");
  try {
    if (!principal) throw new NotFoundError("agent");
    await signInToConsole(principal);
    return null;
  } catch (error) {
    await endCurrentSession("agent", sessionId);
    if (error instanceof ValidationError) return errorKeyOr(error.fieldErrors.form, "availableLoginsReached");
    throw error;
  }
}

/** Before the agent's browser session ends: leave the console (if this browser still holds it). */
export async function leaveAgentConsole(): Promise<void> {
  const principal = await currentPrincipal("agent");
  if (!principal) return;
  try {
    await signOutOfConsole(principal);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

/** Whether signing out would end running sessions of the signed-in agent. */
export async function agentHasOpenSessions(): Promise<boolean> {
  const principal = await currentPrincipal("agent");
  if (!principal) return false;
  return (await openSessionsOf(principal)).length > 0;
}
