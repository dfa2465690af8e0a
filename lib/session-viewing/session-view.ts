import "server-only";
import { db } from "@/lib/db/client";
import { type SessionHeading, sessionHeadingOf } from "@/lib/session-information/session-heading";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ClientInfo } from "@/lib/http/client";
import { type DiagnosticsState, diagnosticsStateOf } from "@/lib/live/diagnostics-state";
import { loadEventsAfter, type SessionEventView } from "@/lib/live/messages";
import { type SessionEnding, sessionEnding } from "@/lib/live/session-ending";
import { managementScope } from "@/lib/access/management-scope";
import { parseId, viewableSession } from "./view-access";
import { beginViewing, endViewingSession } from "./view-log";

/** The transcript the page starts with; the live stream sends whatever came after it. */
const INITIAL_EVENTS = 5000;

export type ViewedFile = {
  id: string;
  name: string;
  size: number;
  direction: "toCustomer" | "toAgent";
  at: Date;
};

/** The files a session exchanged, in order: Sitzungseinsicht and the session information show the same list. */
export async function viewedFiles(sessionId: string): Promise<ViewedFile[]> {
  const files = await db.sessionFile.findMany({
    where: { sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, size: true, direction: true, createdAt: true },
  });
  return files.map((f) => ({
    id: f.id,
    name: f.name,
    size: f.size,
    direction: f.direction === "toAgent" ? "toAgent" : "toCustomer",
    at: f.createdAt,
  }));
}

export type SessionViewData = SessionHeading & {
  viewId: string;
  endedAt: Date | null;
  /** How it ended, once it did. */
  ending: SessionEnding | null;
  customer: { name: string; email: string; problem: string };
  events: SessionEventView[];
  files: ViewedFile[];
  diagnostics: DiagnosticsState;
};

/**
 * Sitzungseinsicht: a session as a manager watches it, read only — the facts, the transcript so far,
 * the files and the diagnostics — and the manager's view of it recorded as begun (or continued:
 * reloads are the same view). Not found exactly where viewableSession says so. Reads the session,
 * writes only the manager's own view record and audit row: no session event, no notification on
 * the session's channel, no presence — the customer and the agent cannot tell.
 */
export async function openSessionView(
  actor: Principal,
  sessionId: unknown,
  options: { client?: ClientInfo | null } = {},
): Promise<SessionViewData> {
  const session = await viewableSession(actor, sessionId);
  const viewId = await beginViewing(actor, session, { client: options.client });
  const [request, events, files] = await Promise.all([
    db.supportRequest.findUnique({
      where: { id: session.requestId },
      select: { customerName: true, customerEmail: true, problem: true },
    }),
    loadEventsAfter(session.id, 0, INITIAL_EVENTS, { withoutSignals: true }),
    viewedFiles(session.id),
  ]);
  if (!request) throw new NotFoundError("session");
  return {
    viewId,
    ...sessionHeadingOf(session),
    endedAt: session.endedAt,
    ending: session.endedAt ? sessionEnding(session) : null,
    customer: { name: request.customerName, email: request.customerEmail, problem: request.problem },
    events,
    files,
    diagnostics: diagnosticsStateOf(session.diagnostics, events),
  };
}

/** The session's number for the page title: the same check, nothing recorded. */
export async function sessionViewTitle(actor: Principal, sessionId: unknown): Promise<{ number: string }> {
  const session = await viewableSession(actor, sessionId);
  return { number: session.number };
}

/**
 * Schließen: ends the manager's open view of the session. Closing one's own open view always works
 * (also after losing the right meanwhile: it only records the end); with no open view — the live
 * stream ended it first — it is fine wherever the manager may view the session, and "not found"
 * elsewhere, like every other request about a session they may not see.
 */
export async function closeSessionView(
  actor: Principal,
  sessionId: unknown,
  options: { client?: ClientInfo | null } = {},
): Promise<void> {
  await managementScope(actor);
  const id = parseId(sessionId);
  const closed = await endViewingSession(actor, id, { client: options.client });
  if (closed === 0) await viewableSession(actor, id);
}
