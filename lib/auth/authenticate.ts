import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { decoyPasswordHash, verifyPassword } from "./password";
import type { Realm } from "./principal";
import { clearFailures, isLocked, recordFailure } from "./throttle";
import { mayEnterRealm } from "./user-display";

export type AuthenticateResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks a login and password for a realm. Unknown logins, wrong passwords, disabled accounts and
 * logins that may not enter the realm all answer "invalid" after the same amount of work.
 */
export async function authenticate(input: {
  realm: Realm;
  loginId: string;
  password: string;
}): Promise<AuthenticateResult> {
  const loginId = input.loginId.trim().toLowerCase();
  if (await isLocked(input.realm, loginId)) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    return { ok: false, reason: "locked" };
  }
  const user = await db.user.findUnique({ where: { loginId }, include: { agent: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (user && passwordOk && mayEnterRealm(user, input.realm)) {
    await clearFailures(input.realm, loginId);
    return { ok: true, userId: user.id };
  }
  const locked = await recordFailure(input.realm, loginId);
  if (locked) {
    await inTransaction((tx) =>
      writeAudit(tx, {
        actor: null,
        action: "auth.login_locked",
        targetType: "login",
        targetId: user?.id ?? null,
        summary: { realm: input.realm, loginId },
      }),
    );
  }
  return { ok: false, reason: locked ? "locked" : "invalid" };
}
