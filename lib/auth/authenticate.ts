import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { ClientInfo } from "@/lib/http/client";
import { decoyPasswordHash, verifyPassword } from "./password";
import { REALMS, type Realm } from "./principal";
import { claimSignInAttempt, clearSignInAttempts } from "./throttle";
import { mayEnterRealm } from "./user-display";
import { logRefusal } from "@/lib/logging/logger";

export type AuthenticateResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "locked" }
  /** The right password for a login that signs in elsewhere: where (agents at /agent, …). */
  | { ok: false; reason: "wrongRealm"; realm: Realm };

const inputSchema = z.object({
  realm: z.enum(REALMS),
  loginId: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

/**
 * Checks a login and password for a realm. Unknown logins, wrong passwords, disabled accounts and
 * logins that may not enter the realm all answer "invalid" after the same amount of work; a locked
 * login answers "locked" without any password check. Every refusal is audited with the client.
 */
export async function authenticate(
  input: { realm: Realm; loginId: string; password: string },
  client: ClientInfo,
): Promise<AuthenticateResult> {
  // The realm comes from the route, but is checked like everything else a request carries.
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { realm, loginId, password } = parsed.data;

  const claim = await claimSignInAttempt(loginId, client.address);
  if (!claim.allowed) {
    await auditFailure({ realm, loginId, userId: null, reason: "locked", client });
    return { ok: false, reason: "locked" };
  }
  const user = await db.user.findUnique({ where: { loginId }, include: { agent: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (user && passwordOk) {
    if (mayEnterRealm(user, realm)) {
      await clearSignInAttempts(loginId, client.address);
      return { ok: true, userId: user.id };
    }
    // Only someone who knows the password learns where this login signs in: an agent at /manager
    // is told to use /agent. To everyone else the answer stays "invalid" (decision record 12).
    const home = homeRealmOf(user);
    if (home) {
      await clearSignInAttempts(loginId, client.address);
      await auditFailure({ realm, loginId, userId: user.id, reason: "wrongRealm", client });
      return { ok: false, reason: "wrongRealm", realm: home };
    }
  }
  await auditFailure({ realm, loginId, userId: user?.id ?? null, reason: "invalid", client, locked: claim.locksLogin });
  return { ok: false, reason: claim.locksLogin ? "locked" : "invalid" };
}

async function auditFailure(failure: {
  realm: Realm;
  loginId: string;
  userId: string | null;
  reason: "invalid" | "locked" | "wrongRealm";
  client: ClientInfo;
  locked?: boolean;
}) {
  const { realm, loginId, userId, reason, client } = failure;
  logRefusal("signIn", { realm, reason, ip: client.address });
  await inTransaction(async (tx) => {
    await writeAudit(tx, {
      actor: null,
      action: "auth.sign_in_failed",
      targetType: "login",
      targetId: userId,
      // "locked": refused without checking the password; "invalid": checked and wrong.
      summary: { realm, loginId, reason },
      client,
    });
    if (failure.locked) {
      await writeAudit(tx, {
        actor: null,
        action: "auth.login_locked",
        targetType: "login",
        targetId: userId,
        summary: { realm, loginId },
        client,
      });
    }
  });
}

/** Where an enabled login signs in; null for a disabled one (which signs in nowhere). */
function homeRealmOf(user: Parameters<typeof mayEnterRealm>[0]): Realm | null {
  return REALMS.find((realm) => mayEnterRealm(user, realm)) ?? null;
}
