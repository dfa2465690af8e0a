import "server-only";
import { db, type Tx } from "@/lib/db/client";

/**
 * Why a login ID cannot be given to a new agent, if it cannot: it belongs to a manager (the manual
 * demands distinct IDs), or to another agent or the administrator.
 */
export async function loginConflicts(
  tx: Tx,
  loginIds: string[],
): Promise<Map<string, "loginIdIsManager" | "loginIdTaken">> {
  const conflicts = new Map<string, "loginIdIsManager" | "loginIdTaken">();
  for (let i = 0; i < loginIds.length; i += 500) {
    const users = await tx.user.findMany({
      where: { loginId: { in: loginIds.slice(i, i + 500) } },
      select: { loginId: true, kind: true },
    });
    for (const user of users)
      conflicts.set(user.loginId, user.kind === "manager" ? "loginIdIsManager" : "loginIdTaken");
  }
  return conflicts;
}

export async function loginConflict(loginId: string) {
  return (await loginConflicts(db, [loginId])).get(loginId);
}
