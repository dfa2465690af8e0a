import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { sqlBoolean, sqlDate } from "@/lib/db/sql-row";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { MANAGER_PRESENCE_CHANNEL } from "@/lib/dashboard/channels";
import { eventBus } from "@/lib/events/event-bus";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import type { ManagerRole, Principal, Realm, UserKind } from "./principal";
import { clearSessionCookie, readSessionId, SESSION_MAX_AGE_SECONDS, writeSessionCookie } from "./session-cookie";
import { displayNameOf, mayEnterRealm } from "./user-display";

const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Opens a session for a user who just proved who they are, and sets the cookie; returns its ID. */
export async function startSession(userId: string, realm: Realm): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await inTransaction(async (tx) => {
    const session = await tx.session.create({
      data: { id, userId, realm, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
      include: { user: { select: { loginId: true } } },
    });
    await writeAudit(tx, {
      actor: null,
      actorUser: { id: userId, loginId: session.user.loginId },
      action: "auth.signed_in",
      targetType: "user",
      targetId: userId,
      summary: { realm, loginId: session.user.loginId },
    });
  });
  await writeSessionCookie(realm, id);
  // The Dashboard's Manager monitor shows who is signed in to the Management Center.
  if (realm === "manager") eventBus.publish(MANAGER_PRESENCE_CHANNEL, { type: "signedIn" });
  return id;
}

/**
 * Ends this browser's session of the realm. `sessionId`: a session opened earlier in the same
 * request (its cookie is not part of the request yet).
 */
export async function endCurrentSession(realm: Realm, sessionId: string | null = null): Promise<void> {
  sessionId ??= await readSessionId(realm);
  const session = sessionId
    ? await db.session.findUnique({ where: { id: sessionId }, include: { user: { select: { loginId: true } } } })
    : null;
  if (session) {
    await inTransaction(async (tx) => {
      await tx.session.deleteMany({ where: { id: session.id } });
      await writeAudit(tx, {
        actor: null,
        actorUser: { id: session.userId, loginId: session.user.loginId },
        action: "auth.signed_out",
        targetType: "user",
        targetId: session.userId,
        summary: { realm },
      });
    });
    if (realm === "manager") eventBus.publish(MANAGER_PRESENCE_CHANNEL, { type: "signedOut" });
  }
  await clearSessionCookie(realm);
}

/** Ends every session of a user except `keepSessionId`: after a password, role or account change. */
export async function endSessionsOfUser(tx: Tx, userId: string, keepSessionId?: string) {
  await tx.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
}

type UserRow = {
  id: string;
  kind: string;
  loginId: string;
  email: string;
  language: string;
  timeZone: string;
  mustChangePassword: boolean;
  manager: { name: string; role: string } | null;
  agent: { firstName: string; lastName: string } | null;
};

/** What every domain function receives about the signed-in person. */
export function principalOf(user: UserRow, session: { id: string; createdAt: Date }): Principal {
  return {
    type: "user",
    userId: user.id,
    kind: user.kind as UserKind,
    managerRole: (user.manager?.role as ManagerRole | undefined) ?? null,
    loginId: user.loginId,
    displayName: displayNameOf(user),
    email: user.email,
    language: isLocale(user.language) ? user.language : defaultLocale,
    timeZone: user.timeZone,
    mustChangePassword: user.mustChangePassword,
    sessionId: session.id,
    sessionCreatedAt: session.createdAt,
  };
}

/**
 * The signed-in principal of this request, or null. The session row is looked up on every
 * request, so a revoked session, a disabled user or a lost grant takes effect at once.
 */
export const currentPrincipal = cache(async (realm: Realm): Promise<Principal | null> => {
  const sessionId = await readSessionId(realm);
  return sessionId ? principalOfSession(sessionId, realm) : null;
});

/** A row of principalOfSession's join; the profile columns are null where the user has no such profile. */
const sessionJoinRow = z.object({
  sessionId: z.string(),
  realm: z.string(),
  sessionCreatedAt: sqlDate,
  expiresAt: sqlDate,
  lastSeenAt: sqlDate,
  id: z.string(),
  kind: z.string(),
  loginId: z.string(),
  email: z.string(),
  language: z.string(),
  timeZone: z.string(),
  disabled: sqlBoolean,
  mustChangePassword: sqlBoolean,
  managerName: z.string().nullable(),
  managerRole: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  managementCenterAccess: sqlBoolean.nullable(),
});

/**
 * The principal of a session by its ID (e.g. one just opened in this request), or null.
 *
 * Every request of every signed-in page runs this, so it is one joined statement instead of the
 * four queries the same `include` costs through the Prisma client (measured: ~0.7 ms vs ~3.6 ms).
 */
export async function principalOfSession(sessionId: string, realm: Realm): Promise<Principal | null> {
  const [raw] = await db.$queryRaw<unknown[]>`
    SELECT s."id" AS "sessionId", s."realm", s."createdAt" AS "sessionCreatedAt", s."expiresAt", s."lastSeenAt",
           u."id", u."kind", u."loginId", u."email", u."language", u."timeZone", u."disabled", u."mustChangePassword",
           m."name" AS "managerName", m."role" AS "managerRole",
           a."firstName", a."lastName", a."managementCenterAccess"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "ManagerProfile" m ON m."userId" = u."id"
    LEFT JOIN "AgentProfile" a ON a."userId" = u."id"
    WHERE s."id" = ${sessionId}`;
  const row = raw === undefined ? undefined : sessionJoinRow.parse(raw);
  const now = Date.now();
  if (!row || row.realm !== realm || row.expiresAt.getTime() <= now) return null;
  const user = {
    id: row.id,
    kind: row.kind,
    loginId: row.loginId,
    email: row.email,
    language: row.language,
    timeZone: row.timeZone,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    manager: row.managerRole !== null ? { name: row.managerName ?? "", role: row.managerRole } : null,
    agent:
      row.firstName !== null
        ? {
            firstName: row.firstName,
            lastName: row.lastName ?? "",
            managementCenterAccess: row.managementCenterAccess ?? false,
          }
        : null,
  };
  if (!mayEnterRealm(user, realm)) return null;
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.update({ where: { id: row.sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return principalOf(user, { id: row.sessionId, createdAt: row.sessionCreatedAt });
}
