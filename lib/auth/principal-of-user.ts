import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { Principal, Realm } from "./principal";
import { principalOf } from "./session";
import { mayEnterRealm } from "./user-display";

/** The columns of a user that make a principal (select them with a relation, e.g. a report's owner). */
export const PRINCIPAL_COLUMNS = {
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
} as const;

export type PrincipalRow = Prisma.UserGetPayload<{ select: typeof PRINCIPAL_COLUMNS }>;

/**
 * A user as a principal without a browser session, for work Lotse does on their behalf (a report
 * sent by e-mail, a month computed): null when they may not enter the realm today (disabled, an
 * agent without Management Center access), so the work is refused as their sign-in would be.
 */
export function principalOfRow(user: PrincipalRow, realm: Realm): Principal | null {
  if (!mayEnterRealm(user, realm)) return null;
  // No session: nothing done for them may end or compare sessions.
  return principalOf(user, { id: "", createdAt: new Date(0) });
}

/** The same by id; null also for a user that does not exist (any more). */
export async function principalOfUser(userId: string, realm: Realm): Promise<Principal | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: PRINCIPAL_COLUMNS });
  return user ? principalOfRow(user, realm) : null;
}
