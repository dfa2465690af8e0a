import "server-only";
import { presenceTimeoutMs } from "@/lib/config/env";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { type AuditEntry, writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { loadAgent, loadConsoleAgent } from "./agent-context";
import { agentSessionList } from "./agent-sessions";
import { announceClosedSessions, closeSession, type EndReason } from "./close-session";
import { requestChannel } from "./channels";
import { closeAddressedRequests } from "./request-lifecycle";

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
export const PRESENCE_TIMEOUT_MS = presenceTimeoutMs();
/** How stale `lastSeenAt` may get before a touch writes it: well inside the timeout, whatever it is set to. */
const TOUCH_RESOLUTION_MS = Math.min(30_000, PRESENCE_TIMEOUT_MS / 3);

/** The agent's sessions still running: signing out ends them, so the console asks first. */
export async function openSessionsOf(actor: Principal) {
  const agent = await loadConsoleAgent(actor);
  return agentSessionList({ agentId: agent.id, endedAt: null });
}

/**
 * Signs the agent out of the console (if this browser session holds it). Their running sessions
 * end with it, so no customer is left waiting for an agent who has gone; the agent can still add
 * notes and an outcome afterwards.
 */
export async function signOutOfConsole(actor: Principal): Promise<void> {
  const agent = await loadConsoleAgent(actor);
  await leaveConsole({ agentId: agent.id, sessionId: actor.sessionId }, agent, {
    signOut: "signedOut",
    sessions: "signedOut",
  });
}

type SignOutReason = "signedOut" | "sessionEnded" | "timedOut" | "signedOutByManager";

/**
 * A manager signs an agent out of the console (Dashboard, "Abmelden"): like the agent's own sign-out
 * — their running sessions end — recorded with who did it. The caller checks the manager's right and
 * scope. `browserSessionId` is the console the manager saw: one taken over since stays. Returns
 * whether the agent was still signed in there.
 */
export async function signOutAgentByManager(
  agent: { id: string; name: string; team: { id: string; name: string } | null },
  browserSessionId: string,
  audit: AuditEntry,
): Promise<boolean> {
  return leaveConsole(
    { agentId: agent.id, sessionId: browserSessionId },
    agent,
    { signOut: "signedOutByManager", sessions: "signedOut" },
    new Date(),
    audit,
  );
}

/** Keeps the console's presence alive: its event stream calls this while open, every page load too. */
export async function touchPresence(actor: Principal, now = new Date()): Promise<void> {
  if (actor.kind !== "agent") return;
  // Live consoles render often; a presence seen very recently needs no new write.
  await db.agentPresence.updateMany({
    where: {
      agentId: actor.userId,
      sessionId: actor.sessionId,
      lastSeenAt: { lt: new Date(now.getTime() - TOUCH_RESOLUTION_MS) },
    },
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
    select: { agentId: true, sessionId: true, lastSeenAt: true },
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
    const agent = (await loadAgent(presence.agentId)) ?? { id: presence.agentId, name: "", team: null };
    // Only this very presence, unchanged since it was read: a sign-in or heartbeat in between wins.
    const left = await leaveConsole(presence, agent, { signOut: reason, sessions: "consoleLeft" }, now);
    if (left) expired++;
  }
  return expired;
}

/**
 * Ends a console presence if `presence` still matches it: records the sign-out with its reason and
 * ends the agent's running sessions in the same transaction, then tells consoles and streams.
 */
async function leaveConsole(
  presence: { agentId: string; sessionId: string; lastSeenAt?: Date },
  agent: { id: string; name: string; team: { id: string; name: string } | null },
  why: { signOut: SignOutReason; sessions: EndReason },
  now = new Date(),
  audit?: AuditEntry,
): Promise<boolean> {
  const left = await inTransaction(async (tx) => {
    const { count } = await tx.agentPresence.deleteMany({ where: presence });
    if (count === 0) return null;
    if (audit) await writeAudit(tx, audit);
    await recordActivity(tx, {
      type: "agentSignedOut",
      at: now,
      agent,
      team: agent.team,
      data: { reason: why.signOut },
    });
    return {
      sessions: await endOpenSessions(tx, agent.id, now, why.sessions),
      // Customers waiting for this agent by name or code are told at once, not after the timeout.
      requests: await closeAddressedRequests(tx, agent.id, "agentLeft", now),
    };
  });
  if (left === null) return false;
  eventBus.publish(PRESENCE_CHANNEL, { type: "signedOut", agentId: agent.id });
  for (const requestId of left.requests) eventBus.publish(requestChannel(requestId), { type: "status" });
  await announceClosedSessions(left.sessions);
  return true;
}

async function endOpenSessions(tx: Tx, agentId: string, now: Date, reason: EndReason): Promise<string[]> {
  const open = await tx.supportSession.findMany({ where: { agentId, endedAt: null } });
  const ended: string[] = [];
  for (const session of open)
    if (await closeSession(tx, session, { endedBy: "agent", now, reason })) ended.push(session.id);
  return ended;
}
