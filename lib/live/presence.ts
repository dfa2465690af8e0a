import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { loadConsoleAgent } from "./agent-context";
import { announceClosedSessions, closeSession, type EndReason } from "./close-session";

export type AgentStatus = "available" | "away";

/** Live consoles and dashboards listen here for sign-ins, sign-outs and status changes. */
export const PRESENCE_CHANNEL = "presence";

/**
 * Signs an agent in to the console (available). A team's "available logins" caps how many of its
 * agents are signed in at once: the next one is refused with a clear message, and the refusal is
 * recorded. Signing in again from another browser takes the console over.
 */
export async function signInToConsole(actor: Principal): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  const now = new Date();
  const refused = await inTransaction(async (tx) => {
    const cap = agent.team?.availableLogins ?? null;
    if (agent.team && cap !== null) {
      const signedIn = await tx.agentPresence.count({ where: { teamId: agent.team.id, agentId: { not: agent.id } } });
      if (signedIn >= cap) {
        await recordActivity(tx, {
          type: "signInRefused",
          at: now,
          agent,
          team: agent.team,
          data: { reason: "availableLogins", cap },
        });
        return true;
      }
    }
    await tx.agentPresence.upsert({
      where: { agentId: agent.id },
      create: {
        agentId: agent.id,
        sessionId: actor.sessionId,
        status: "available",
        teamId: agent.team?.id ?? null,
        signedInAt: now,
        statusAt: now,
        lastSeenAt: now,
      },
      update: {
        sessionId: actor.sessionId,
        status: "available",
        teamId: agent.team?.id ?? null,
        statusAt: now,
        lastSeenAt: now,
      },
    });
    await recordActivity(tx, { type: "agentSignedIn", at: now, agent, team: agent.team });
    return false;
  });
  if (refused) throw new ValidationError({ form: "availableLoginsReached" });
  eventBus.publish(PRESENCE_CHANNEL, { type: "signedIn", agentId: agent.id });
}

/** "Available" or "away"; "in session" follows from the agent's open sessions. */
export async function setConsoleStatus(actor: Principal, status: AgentStatus): Promise<void> {
  if (status !== "available" && status !== "away") throw new ValidationError({ status: "statusInvalid" });
  const agent = await loadConsoleAgent(actor);
  await inTransaction(async (tx) => {
    const presence = await tx.agentPresence.findUnique({ where: { agentId: agent.id } });
    if (!presence || presence.sessionId !== actor.sessionId) throw new NotFoundError("presence");
    if (presence.status === status) return;
    await tx.agentPresence.update({ where: { agentId: agent.id }, data: { status, statusAt: new Date() } });
    await recordActivity(tx, {
      type: "agentStatus",
      agent,
      team: agent.team,
      data: { from: presence.status, to: status },
    });
  });
  eventBus.publish(PRESENCE_CHANNEL, { type: "status", agentId: agent.id, status });
}

/** A console nobody has seen for this long counts as left: its presence lapses (see expireLapsedPresences). */
export const PRESENCE_TIMEOUT_MS = Number(process.env.LOTSE_PRESENCE_TIMEOUT_SECONDS ?? 300) * 1000;

/** The agent's sessions still running: signing out ends them, so the console asks first. */
export async function openSessionsOf(actor: Principal) {
  const agent = await loadConsoleAgent(actor);
  const sessions = await db.supportSession.findMany({
    where: { agentId: agent.id, endedAt: null },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      startedAt: true,
      portalName: true,
      subPortalName: true,
      request: { select: { customerName: true } },
    },
  });
  return sessions.map(({ request, ...session }) => ({ ...session, customerName: request.customerName }));
}

/**
 * Signs the agent out of the console (if this browser session holds it). Their running sessions
 * end with it, so no customer is left waiting for an agent who has gone; the agent can still add
 * notes and an outcome afterwards.
 */
export async function signOutOfConsole(actor: Principal): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  const now = new Date();
  const ended = await inTransaction(async (tx) => {
    const { count } = await tx.agentPresence.deleteMany({ where: { agentId: agent.id, sessionId: actor.sessionId } });
    if (count === 0) return null;
    await recordActivity(tx, {
      type: "agentSignedOut",
      at: now,
      agent,
      team: agent.team,
      data: { reason: "signedOut" },
    });
    return endOpenSessions(tx, agent.id, now, "signedOut");
  });
  if (ended === null) return;
  eventBus.publish(PRESENCE_CHANNEL, { type: "signedOut", agentId: agent.id });
  await announceClosedSessions(ended);
}

/** Keeps the console's presence alive: its event stream calls this while open, every page load too. */
export async function touchPresence(actor: Principal, now = new Date()): Promise<void> {
  if (actor.kind !== "agent") return;
  // Live consoles render often; a presence seen within the last half minute needs no new write.
  await db.agentPresence.updateMany({
    where: { agentId: actor.userId, sessionId: actor.sessionId, lastSeenAt: { lt: new Date(now.getTime() - 30_000) } },
    data: { lastSeenAt: now },
  });
}

/** For an agent's open event stream: touches the presence now and every minute while it is open. */
export function keepPresenceAlive(actor: Principal) {
  return { everyMs: Math.min(60_000, PRESENCE_TIMEOUT_MS / 3), run: () => touchPresence(actor) };
}

/**
 * Presences whose browser session is gone (signed out elsewhere, expired, ended by a password
 * change) or whose console nobody has seen for PRESENCE_TIMEOUT_MS (the browser was closed): the
 * agent is signed out of the console, recorded with the reason, and their running sessions end.
 * Otherwise a closed browser would keep taking requests and hold one of the team's available logins.
 */
export async function expireLapsedPresences(now = new Date()): Promise<number> {
  const presences = await db.agentPresence.findMany({
    select: { agentId: true, sessionId: true, lastSeenAt: true, teamId: true },
  });
  if (presences.length === 0) return 0;
  const sessions = await db.session.findMany({
    where: { id: { in: presences.map((p) => p.sessionId) } },
    select: { id: true, expiresAt: true },
  });
  const liveSessions = new Set(sessions.filter((s) => s.expiresAt > now).map((s) => s.id));
  const cutoff = new Date(now.getTime() - PRESENCE_TIMEOUT_MS);
  let expired = 0;
  for (const presence of presences) {
    const reason = !liveSessions.has(presence.sessionId)
      ? "sessionEnded"
      : presence.lastSeenAt < cutoff
        ? "timedOut"
        : null;
    if (!reason) continue;
    const ended = await inTransaction(async (tx) => {
      // Only this very presence, unchanged since it was read: a sign-in or heartbeat in between wins.
      const { count } = await tx.agentPresence.deleteMany({
        where: { agentId: presence.agentId, sessionId: presence.sessionId, lastSeenAt: presence.lastSeenAt },
      });
      if (count === 0) return null;
      const agent = await tx.agentProfile.findUnique({
        where: { userId: presence.agentId },
        select: { firstName: true, lastName: true, team: { select: { id: true, name: true } } },
      });
      const name = agent ? `${agent.firstName} ${agent.lastName}`.trim() : "";
      await recordActivity(tx, {
        type: "agentSignedOut",
        at: now,
        agent: { id: presence.agentId, name },
        team: agent?.team ?? null,
        data: { reason },
      });
      return endOpenSessions(tx, presence.agentId, now, "consoleLeft");
    });
    if (ended === null) continue;
    expired++;
    eventBus.publish(PRESENCE_CHANNEL, { type: "signedOut", agentId: presence.agentId });
    await announceClosedSessions(ended);
  }
  return expired;
}

async function endOpenSessions(tx: Tx, agentId: string, now: Date, reason: EndReason): Promise<string[]> {
  const open = await tx.supportSession.findMany({ where: { agentId, endedAt: null } });
  const ended: string[] = [];
  for (const session of open)
    if (await closeSession(tx, session, { endedBy: "agent", now, reason })) ended.push(session.id);
  return ended;
}
