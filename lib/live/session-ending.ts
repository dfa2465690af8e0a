import type { EndReason } from "./close-session";

/** How a session ended, as the console tells the agent: the customer, the agent, or their leaving. */
export type SessionEnding = "customer" | "agent" | EndReason;

/**
 * Not simply endedBy: a session the agent's side ended may have ended because they signed out or
 * their console lapsed (endReason), which the agent did not choose and should be told.
 */
export function sessionEnding(session: { endedBy?: string | null; endReason?: string | null }): SessionEnding {
  if (session.endedBy === "customer") return "customer";
  if (session.endReason === "signedOut" || session.endReason === "consoleLeft") return session.endReason;
  return "agent";
}
