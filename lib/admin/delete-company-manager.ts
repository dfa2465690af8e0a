import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { stopSchedulesOfDeletedUsers } from "@/lib/reports/delivery/report-schedules";
import type { Actor } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { endSessionsOfUser } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { findCompanyManager } from "./company-managers";

export type CompanyManagerDeletion = {
  id: string;
  name: string;
  loginId: string;
  /** Why this manager may not be deleted (a key of the Errors namespace), or null. */
  refusal: "lastCompanyManager" | null;
};

/**
 * Whether deleting this manager would leave the account without an active company manager: only
 * company managers create managers, teams and portals, so nobody could run the account any more.
 * Deleting a disabled one changes nothing there.
 */
async function isLastActive(client: Tx, user: { id: string; disabled: boolean }): Promise<boolean> {
  if (user.disabled) return false;
  const others = await client.user.count({
    where: { id: { not: user.id }, kind: "manager", disabled: false, manager: { role: "company" } },
  });
  return others === 0;
}

/** What the confirmation page shows: who it is, and why not if they may not be deleted. */
export async function describeCompanyManagerDeletion(actor: Actor, id: string): Promise<CompanyManagerDeletion> {
  assertSystemAdministrator(actor);
  const user = await findCompanyManager(id);
  return {
    id: user.id,
    name: user.manager?.name ?? "",
    loginId: user.loginId,
    refusal: (await isLastActive(db, user)) ? "lastCompanyManager" : null,
  };
}

/**
 * Deletes a company manager. Their sessions and password links go with the user row, and so does
 * their list of agents not yet created (it holds password hashes). The audit log keeps what they
 * did: its rows name the actor by login (actorLabel), which outlives the user.
 */
export async function deleteCompanyManager(actor: Actor, id: string): Promise<void> {
  assertSystemAdministrator(actor);
  const user = await findCompanyManager(id);
  await inTransaction(async (tx) => {
    // Read and counted inside the transaction, so two administrators deleting the last two
    // company managers at the same moment can't both get through.
    const current = await tx.user.findUnique({ where: { id }, select: { id: true, disabled: true } });
    if (!current) throw new NotFoundError("manager");
    if (await isLastActive(tx, current)) throw new ValidationError({ form: "lastCompanyManager" });
    await endSessionsOfUser(tx, id);
    await tx.pendingAgent.deleteMany({ where: { managerId: id } });
    await stopSchedulesOfDeletedUsers(tx, actor, [id]);
    await tx.user.delete({ where: { id } });
    await writeAudit(tx, {
      actor,
      action: "manager.deleted",
      targetType: "user",
      targetId: id,
      summary: { role: "company", loginId: user.loginId, email: user.email, name: user.manager?.name ?? "" },
    });
  });
}
