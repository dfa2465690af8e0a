import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { managesTeam, requireCompanyManager, requireRight } from "@/lib/access/management-scope";
import { endSessionsOfUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit/write-audit";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { loadAgent } from "@/lib/live/agent-context";
import { announceCancelled, cancelWaiting } from "@/lib/live/cancel-requests";
import { signOutAgentByManager } from "@/lib/live/presence";
import { MANAGER_PRESENCE_CHANNEL } from "./channels";
import { dashboardScope } from "./monitors";
import { watchOf } from "./watch";

/**
 * What "Abmelden" of an agent would do, for the confirmation page: the agent and the sessions that
 * would end with it. Needs the right "Mitarbeiter abmelden" and the agent in the manager's teams.
 */
export async function agentSignOutPreview(actor: Principal, agentId: string) {
  const { agent, presence, sessions } = await signOutTarget(actor, agentId);
  return {
    agentId,
    name: agent.name,
    teamName: agent.team?.name ?? null,
    /** The console the manager decides about (a digest: the browser session's id is a secret). */
    console: consoleDigest(presence.sessionId),
    openSessions: sessions.map((s) => ({
      number: s.number,
      customerName: s.request.customerName,
      startedAt: s.startedAt,
    })),
  };
}

/** The agent at their console, checked against the manager's right and teams, and their running sessions. */
async function signOutTarget(actor: Principal, agentId: string) {
  const scope = await dashboardScope(actor);
  requireRight(scope, "logOutAgents");
  const presence = await db.agentPresence.findUnique({ where: { agentId } });
  if (!presence || !managesTeam(scope, presence.teamId)) throw new NotFoundError("presence");
  const agent = await loadAgent(agentId);
  if (!agent) throw new NotFoundError("agent");
  const sessions = await db.supportSession.findMany({
    where: { agentId, endedAt: null },
    select: { number: true, startedAt: true, request: { select: { customerName: true } } },
    orderBy: { startedAt: "asc" },
  });
  return { agent, presence, sessions };
}

/**
 * The console one presence stands for, without giving its browser session away: a console taken
 * over from another browser since the confirmation page was shown is a different one and stays.
 */
function consoleDigest(browserSessionId: string): string {
  return createHash("sha256").update(browserSessionId).digest("base64url").slice(0, 22);
}

/**
 * Signs the agent out of the console shown on the confirmation page. False when they had left
 * already or signed in again from another browser.
 */
export async function signOutAgent(actor: Principal, agentId: string, console: string): Promise<boolean> {
  const { agent, presence, sessions } = await signOutTarget(actor, agentId);
  if (consoleDigest(presence.sessionId) !== console) return false;
  return signOutAgentByManager(
    { id: agent.id, name: agent.name, team: agent.team ? { id: agent.team.id, name: agent.team.name } : null },
    presence.sessionId,
    {
      actor,
      action: "agent.signedOutByManager",
      targetType: "user",
      targetId: agentId,
      summary: { agent: agent.name, endedSessions: sessions.map((s) => s.number) },
    },
  );
}

/**
 * What "Anfrage abbrechen" would end, for the confirmation page: the customer, where and since when
 * they wait, and whether the request still waits. Exactly the checks of cancelRequest.
 */
export async function cancellationPreview(actor: Principal, requestId: unknown) {
  const request = await cancelTarget(actor, requestId);
  return {
    requestId: request.id,
    customerName: request.customerName,
    portalName: request.subPortal.portal.name,
    subPortalName: request.subPortal.name,
    since: request.createdAt,
    /** False once an agent accepted it, support cancelled it or the customer left: nothing to cancel. */
    waiting: request.status === "waiting",
  };
}

/**
 * The request, checked against the right "Anfragen abbrechen" and the sub-portals the manager's
 * teams serve. The id is user input (a path segment or a form field): a positive whole number, or
 * the request is not found.
 */
async function cancelTarget(actor: Principal, requestId: unknown) {
  const id = requestIdOf(requestId);
  const scope = await dashboardScope(actor);
  requireRight(scope, "cancelRequests");
  const watch = await watchOf(scope, { teamIds: [], portalIds: [], agentIds: [] });
  const request = await db.supportRequest.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      customerName: true,
      createdAt: true,
      subPortal: { select: { id: true, name: true, portal: { select: { id: true, name: true } } } },
    },
  });
  if (!request || (watch.subPortalIds && !watch.subPortalIds.has(request.subPortal.id)))
    throw new NotFoundError("request");
  return request;
}

/** A request id as a number: "12" or 12; anything else ("abc", "-1", "1.5", "") is not found. */
function requestIdOf(value: unknown): number {
  const id =
    typeof value === "number" ? value : typeof value === "string" && /^[1-9][0-9]*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("request");
  return id;
}

/**
 * "Anfrage abbrechen": ends one waiting request (right "Anfragen abbrechen", on a sub-portal the
 * manager's teams serve); the customer's page says politely that support ended it. False when it
 * was no longer waiting (an agent took it, the customer left).
 */
export async function cancelRequest(actor: Principal, requestId: unknown, now = new Date()): Promise<boolean> {
  const request = await cancelTarget(actor, requestId);
  const cancelled = await inTransaction(async (tx) => {
    const ids = await cancelWaiting(tx, [request], actor.loginId, now);
    if (ids.length === 0) return false;
    await writeAudit(tx, {
      actor,
      action: "request.cancelledByManager",
      targetType: "supportRequest",
      targetId: String(request.id),
      summary: { portal: request.subPortal.portal.name, subPortal: request.subPortal.name },
    });
    return true;
  });
  if (cancelled) announceCancelled([request.id]);
  return cancelled;
}

/**
 * What "Abmelden" of another manager would do, for the confirmation page: whom it signs out. Exactly
 * the checks of signOutManager.
 */
export async function managerSignOutPreview(actor: Principal, userId: unknown) {
  const manager = await managerSignOutTarget(actor, userId);
  return { userId: manager.id, name: manager.manager?.name || manager.loginId };
}

/** Company managers only; another company or team manager, never oneself. */
async function managerSignOutTarget(actor: Principal, userId: unknown) {
  requireCompanyManager(actor);
  if (typeof userId !== "string" || userId === "" || userId === actor.userId) throw new NotFoundError("manager");
  const manager = await db.user.findFirst({
    where: { id: userId, kind: "manager", manager: { role: { in: ["company", "team"] } } },
    select: { id: true, loginId: true, manager: { select: { name: true } } },
  });
  if (!manager) throw new NotFoundError("manager");
  return manager;
}

/** A company manager signs another manager out of the Management Center (every browser of theirs). */
export async function signOutManager(actor: Principal, userId: string): Promise<void> {
  const manager = await managerSignOutTarget(actor, userId);
  await inTransaction(async (tx) => {
    await endSessionsOfUser(tx, manager.id);
    await writeAudit(tx, {
      actor,
      action: "manager.signedOutByManager",
      targetType: "user",
      targetId: manager.id,
      summary: { loginId: manager.loginId },
    });
  });
  eventBus.publish(MANAGER_PRESENCE_CHANNEL, { type: "signedOut" });
}
