import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { sqlDate } from "@/lib/db/sql-row";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { hashRequestToken, looksLikeRequestToken } from "@/lib/support-requests/request-token";

/** Who takes part in a session: its agent (signed in), or its customer (holding the request token). */
export type Participant = { kind: "agent"; actor: Principal } | { kind: "customer"; token: string };

export type SessionSide = "agent" | "customer";

/**
 * The session a participant belongs to, or "not found": an agent reaches only their own sessions,
 * a customer only the one their (unguessable, hashed) request token opened. Session IDs alone open
 * nothing.
 */
export async function sessionOf(participant: Participant, sessionId: string) {
  const session =
    participant.kind === "agent"
      ? participant.actor.kind === "agent"
        ? await db.supportSession.findFirst({ where: { id: sessionId, agentId: participant.actor.userId } })
        : null
      : looksLikeRequestToken(participant.token)
        ? await db.supportSession.findFirst({
            where: { id: sessionId, request: { token: hashRequestToken(participant.token) } },
          })
        : null;
  if (!session) throw new NotFoundError("session");
  return { session, side: participant.kind as SessionSide };
}

/**
 * The same check for the chat's hot path (every message): one statement, returning only what
 * posting needs. Null when the participant has no business in that session.
 */
export async function openSessionIdOf(
  participant: Participant,
  sessionId: string,
): Promise<{ id: string; open: boolean } | null> {
  const rows =
    participant.kind === "agent"
      ? participant.actor.kind === "agent"
        ? await db.$queryRaw<unknown[]>`
            SELECT "id", "endedAt" FROM "SupportSession" WHERE "id" = ${sessionId} AND "agentId" = ${participant.actor.userId}`
        : []
      : looksLikeRequestToken(participant.token)
        ? await db.$queryRaw<unknown[]>`
            SELECT s."id", s."endedAt" FROM "SupportSession" s JOIN "SupportRequest" r ON r."id" = s."requestId"
            WHERE s."id" = ${sessionId} AND r."token" = ${hashRequestToken(participant.token)}`
        : [];
  const row = rows[0] ? openSessionRow.parse(rows[0]) : undefined;
  return row ? { id: row.id, open: row.endedAt === null } : null;
}

const openSessionRow = z.object({ id: z.string(), endedAt: sqlDate.nullable() });

/**
 * The language a participant's answers are written in: the agent's own setting, or the language
 * the customer's request was made in (the portal page's). Null when the token opens no request.
 */
export async function participantLanguage(participant: Participant): Promise<Locale | null> {
  if (participant.kind === "agent") return participant.actor.language;
  if (!looksLikeRequestToken(participant.token)) return null;
  const request = await db.supportRequest.findUnique({
    where: { token: hashRequestToken(participant.token) },
    select: { language: true },
  });
  const language = request?.language;
  return isLocale(language) ? language : null;
}
