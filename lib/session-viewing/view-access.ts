import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { hasRight, managementScope, managesTeam } from "@/lib/access/management-scope";
import { NotFoundError } from "@/lib/errors/domain-errors";

/**
 * How long after its end a session can still be opened in the Sitzungseinsicht: long enough for a
 * manager who was watching to read the end (and reload), not a way to read old sessions — that is
 * Sitzungsinformationen, with its own rules.
 */
export const VIEWABLE_AFTER_END_MS = 60 * 60 * 1000;

/** An ID from the URL or a form (a cuid, a UUID): anything else names nothing. */
const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export function parseId(value: unknown, what = "session"): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}

/**
 * The session a manager may watch in the Sitzungseinsicht, or "not found" (decision record 19):
 * company managers every session; team managers only with the right "Sitzungseinsicht (stille
 * Überwachung)" and only sessions of the teams they manage (with their sub-teams); everyone else
 * — agents with Management Center access, API managers — nothing. A session that ended more than
 * an hour ago is not found either. All of these answer exactly like a session that does not exist.
 */
export async function viewableSession(actor: Principal, sessionId: unknown, now = new Date()) {
  const id = parseId(sessionId);
  const scope = await managementScope(actor);
  if (!hasRight(scope, "supervisorViewing")) throw new NotFoundError("session");
  const session = await db.supportSession.findUnique({ where: { id } });
  // Company managers see every session, also one whose team was deleted since (managesTeam asks the forest).
  const inScope = scope.kind === "company" || (session !== null && managesTeam(scope, session.teamId));
  if (!session || !inScope) throw new NotFoundError("session");
  if (session.endedAt && now.getTime() - session.endedAt.getTime() > VIEWABLE_AFTER_END_MS) {
    throw new NotFoundError("session");
  }
  return session;
}

/** The same rule as a yes/no, for a live stream that asks again while it runs. */
export async function mayViewSession(actor: Principal, sessionId: string): Promise<boolean> {
  try {
    await viewableSession(actor, sessionId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}
