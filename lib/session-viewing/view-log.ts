import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import type { ClientInfo } from "@/lib/http/client";

// The record of who watched which session when (decision record 19). A view is one SessionView
// row while it is open and two audit rows: "sessionView.opened" when it begins, "sessionView.closed"
// (with from, to and how) when it ends. Nothing here touches the session itself.

/** A view that nobody has looked at for this long is closed, as of the last time somebody did. */
export const VIEW_LAPSE_MS = 2 * 60 * 1000;
/** How often an open live stream says that its view is still being looked at. */
export const VIEW_HEARTBEAT_MS = 30 * 1000;

/** How a view ended: Schließen, the page's live stream ended, or nobody looked any more (no JavaScript). */
export type ViewClosedBy = "closed" | "streamEnded" | "lapsed";

type OpenView = {
  id: string;
  sessionId: string;
  sessionNumber: string;
  managerId: string;
  managerLoginId: string;
  openedAt: Date;
  lastSeenAt: Date;
};

/** The request's client for the audit rows; taken from the request being handled when not given. */
type Options = { now?: Date; client?: ClientInfo | null };

/**
 * The manager's open view of this session — opened now if there is none, or if the open one has
 * lapsed (which is closed first) — marked as seen now. A manager has one open view per session:
 * the page, its reloads, its live stream and a second tab of the same session are one view.
 */
export async function beginViewing(
  actor: Principal,
  session: { id: string; number: string },
  { now = new Date(), client }: Options = {},
): Promise<string> {
  return inTransaction(async (tx) => {
    const open = await tx.sessionView.findFirst({
      where: { managerId: actor.userId, sessionId: session.id, closedAt: null },
      orderBy: { openedAt: "desc" },
    });
    if (open && now.getTime() - open.lastSeenAt.getTime() <= VIEW_LAPSE_MS) {
      await tx.sessionView.update({ where: { id: open.id }, data: { lastSeenAt: now } });
      return open.id;
    }
    if (open) await closeView(tx, open, "lapsed", open.lastSeenAt, client);
    const view = await tx.sessionView.create({
      data: {
        sessionId: session.id,
        sessionNumber: session.number,
        managerId: actor.userId,
        managerLoginId: actor.loginId,
        openedAt: now,
        lastSeenAt: now,
      },
    });
    await writeAudit(tx, {
      actor,
      action: "sessionView.opened",
      targetType: "supportSession",
      targetId: session.id,
      summary: { sessionNumber: session.number, viewId: view.id },
      client,
    });
    return view.id;
  });
}

/** The view is still being looked at (a live stream's heartbeat). False once it was closed. */
export async function keepViewing(viewId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.sessionView.updateMany({
    where: { id: viewId, closedAt: null },
    data: { lastSeenAt: now },
  });
  return count === 1;
}

/** Whether the view is still open (one indexed read, for a stream that asks every second). */
export async function isViewOpen(viewId: string): Promise<boolean> {
  return (await db.sessionView.count({ where: { id: viewId, closedAt: null } })) === 1;
}

/** Ends one view, if it is still open; a view already closed stays as it was. */
export async function endViewing(viewId: string, closedBy: ViewClosedBy, { now = new Date(), client }: Options = {}) {
  return inTransaction(async (tx) => {
    const open = await tx.sessionView.findFirst({ where: { id: viewId, closedAt: null } });
    return open ? closeView(tx, open, closedBy, now, client) : false;
  });
}

/** Schließen: ends the manager's open view of the session (there is at most one). */
export async function endViewingSession(
  actor: Principal,
  sessionId: string,
  { now = new Date(), client }: Options = {},
): Promise<number> {
  return inTransaction(async (tx) => {
    const open = await tx.sessionView.findMany({ where: { managerId: actor.userId, sessionId, closedAt: null } });
    for (const view of open) await closeView(tx, view, "closed", now, client);
    return open.length;
  });
}

/**
 * Closes every view that nobody has looked at for VIEW_LAPSE_MS, as of the last time somebody did
 * (a page without JavaScript left open or closed without Schließen, a server that stopped while a
 * stream was open). A background job; safe to run any time.
 */
export async function closeLapsedViews(now = new Date()): Promise<number> {
  const lapsed = await db.sessionView.findMany({
    where: { closedAt: null, lastSeenAt: { lt: new Date(now.getTime() - VIEW_LAPSE_MS) } },
    select: { id: true },
    take: 500,
  });
  let closed = 0;
  for (const { id } of lapsed) {
    const done = await inTransaction(async (tx) => {
      const open = await tx.sessionView.findFirst({ where: { id, closedAt: null } });
      // Looked at again meanwhile: still open.
      if (!open || now.getTime() - open.lastSeenAt.getTime() <= VIEW_LAPSE_MS) return false;
      return closeView(tx, open, "lapsed", open.lastSeenAt, null);
    });
    if (done) closed++;
  }
  return closed;
}

async function closeView(
  tx: Tx,
  view: OpenView,
  closedBy: ViewClosedBy,
  at: Date,
  client: ClientInfo | null | undefined,
): Promise<boolean> {
  const { count } = await tx.sessionView.updateMany({
    where: { id: view.id, closedAt: null },
    data: { closedAt: at, closedBy },
  });
  if (count !== 1) return false;
  await writeAudit(tx, {
    actor: null,
    // The manager who watched, also when a job closes the view for them.
    actorUser: { id: view.managerId, loginId: view.managerLoginId },
    action: "sessionView.closed",
    targetType: "supportSession",
    targetId: view.sessionId,
    summary: {
      sessionNumber: view.sessionNumber,
      viewId: view.id,
      from: view.openedAt.toISOString(),
      to: at.toISOString(),
      seconds: Math.max(0, Math.round((at.getTime() - view.openedAt.getTime()) / 1000)),
      closedBy,
    },
    client,
  });
  return true;
}
