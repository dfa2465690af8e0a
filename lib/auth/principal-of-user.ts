import "server-only";
import { db } from "@/lib/db/client";
import type { Principal, Realm } from "./principal";
import { principalOf } from "./session";
import { mayEnterRealm } from "./user-display";

/**
 * A user as a principal without a browser session, for work Lotse does on their behalf (a report
 * sent by e-mail): null when they may not enter the realm today (disabled, an agent without
 * Management Center access, deleted), so the work is refused as their sign-in would be.
 */
export async function principalOfUser(userId: string, realm: Realm): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      kind: true,
      loginId: true,
      email: true,
      language: true,
      timeZone: true,
      disabled: true,
      mustChangePassword: true,
      manager: { select: { name: true, role: true } },
      agent: { select: { firstName: true, lastName: true, managementCenterAccess: true } },
    },
  });
  if (!user || !mayEnterRealm(user, realm)) return null;
  // No session: nothing done for them may end or compare sessions.
  return principalOf(user, { id: "", createdAt: new Date(0) });
}
