import "server-only";
import { loadForest, rightsOf } from "@/lib/access/management-scope";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveAgentFunction } from "@/lib/agent-functions/resolve";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { teamLevels } from "@/lib/teams/teams";

/**
 * Whether a viewer may have reports sent by e-mail (E-Mail-Zustellung): company managers always,
 * team managers with the right "Berichte planen", agents whose function "Berichte planen" is on
 * (and who have reports at all — reportScope checks that when the report is saved or sent).
 */
export async function mayScheduleReports(actor: Principal): Promise<boolean> {
  if (actor.kind === "agent") {
    const agent = await db.agentProfile.findUnique({
      where: { userId: actor.userId },
      select: { functions: true, teamId: true },
    });
    if (!agent) return false;
    const teamChain = await teamLevels(await loadForest(), agent.teamId);
    return resolveAgentFunction("scheduleReports", parseFunctionSettings(agent.functions), teamChain).value;
  }
  // Company managers hold every right, API managers none.
  return (await rightsOf(actor)).has("scheduleReports");
}

/** The same as a check: a viewer without the right gets "not found", as for any page they may not see. */
export async function requireScheduleReports(actor: Principal): Promise<void> {
  if (!(await mayScheduleReports(actor))) throw new NotFoundError("reportSchedule");
}
