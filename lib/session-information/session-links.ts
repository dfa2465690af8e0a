import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { coversSession, sessionInformationScope } from "./access";
import { sessionInformationPath } from "./paths";

type LinkableSession = { number: string; teamId: string | null; agentId: string | null; endedAt: unknown };

/**
 * Where a session listed elsewhere (a report's Sitzungsdetails, a drill-down) opens in
 * Sitzungsinformationen — for an ended session the viewer may review there; null for one they may
 * not (a report's portal-wide figures reach beyond a team manager's own teams) and for everyone
 * without Sitzungsinformationen.
 */
export async function sessionInformationLinks(actor: Principal): Promise<(session: LinkableSession) => string | null> {
  try {
    const { sessions } = await sessionInformationScope(actor);
    return (session) =>
      session.endedAt !== null && coversSession(sessions, session) ? sessionInformationPath(session.number) : null;
  } catch (error) {
    if (error instanceof NotFoundError) return () => null;
    throw error;
  }
}
