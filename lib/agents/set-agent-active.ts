import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { managementScope, managesTeam, requireRight } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { endSessionsOfUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { expireLapsedPresences } from "@/lib/live/presence";

/**
 * Deactivates or reactivates an agent's login (an identity provider's `active`). A deactivated
 * agent keeps their team, settings and history but signs in nowhere; their sessions end at once,
 * as when a company manager is disabled. Taking a login away is the "add/delete agents" right.
 */
export async function setAgentActive(actor: Principal, id: string, active: boolean) {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  const agent = await db.agentProfile.findUnique({
    where: { userId: id },
    select: { teamId: true, user: { select: { loginId: true, disabled: true } } },
  });
  if (!agent || !managesTeam(scope, agent.teamId)) throw new NotFoundError("agent");
  if (agent.user.disabled === !active) return;
  await inTransaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { disabled: !active } });
    if (!active) await endSessionsOfUser(tx, id);
    await writeAudit(tx, {
      actor,
      action: active ? "agent.enabled" : "agent.disabled",
      targetType: "user",
      targetId: id,
      summary: { loginId: agent.user.loginId, disabled: { from: agent.user.disabled, to: !active } },
    });
  });
  // Their console lost its browser session: sign it out now rather than at the presence job's next
  // run, so no request is routed to them meanwhile and their running sessions end at once.
  if (!active) await expireLapsedPresences();
}
