import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "./channels";
import { type DiagnosticsInfo, parseDiagnosticsInfo } from "./diagnostics-info";
import { type Participant, type SessionSide, sessionOf } from "./participant";
import { sessionFeatureOn } from "./session-features";

/**
 * Diagnostics run as a small conversation of session events: the agent asks
 * ("diagnosticsRequested"), the customer's browser asks them for consent and then either sends the
 * system information ("diagnostics") or says no ("diagnosticsDeclined"). The agent may ask again
 * after a "no"; once the information is there, it is final.
 */
const DIAGNOSTICS_EVENTS = ["diagnosticsRequested", "diagnostics", "diagnosticsDeclined"];

/** The session, if the participant is on `side` of it, it is open and diagnostics are on for it. */
async function diagnosticsSession(participant: Participant, sessionId: string, side: SessionSide) {
  const { session, side: actual } = await sessionOf(participant, sessionId);
  if (actual !== side) throw new NotFoundError("session");
  if (session.endedAt) throw new ValidationError({ diagnostics: "sessionEnded" });
  if (!(await sessionFeatureOn(session, "diagnostics"))) throw new ValidationError({ diagnostics: "diagnosticsOff" });
  return session;
}

/** Read inside the writing transaction, so two answers (or an answer and the end) cannot cross. */
async function diagnosticsState(tx: Tx, sessionId: string) {
  const session = await tx.supportSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { endedAt: true, diagnostics: true },
  });
  if (session.endedAt) throw new ValidationError({ diagnostics: "sessionEnded" });
  if (session.diagnostics !== null) throw new ValidationError({ diagnostics: "diagnosticsAlreadySubmitted" });
  const last = await tx.sessionEvent.findFirst({
    where: { sessionId, type: { in: DIAGNOSTICS_EVENTS } },
    orderBy: { id: "desc" },
  });
  return { pendingRequestId: last?.type === "diagnosticsRequested" ? last.id : null };
}

/** The agent asks for the customer's system information; asking while a request is open changes nothing. */
export async function requestDiagnostics(actor: Principal, sessionId: string): Promise<{ id: number }> {
  const session = await diagnosticsSession({ kind: "agent", actor }, sessionId, "agent");
  const { id, created } = await inTransaction(async (tx) => {
    const { pendingRequestId } = await diagnosticsState(tx, session.id);
    if (pendingRequestId !== null) return { id: pendingRequestId, created: false };
    const event = await tx.sessionEvent.create({
      data: { sessionId: session.id, type: "diagnosticsRequested", author: "agent" },
    });
    return { id: event.id, created: true };
  });
  if (created) eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id };
}

/**
 * The customer's browser sends the information after the customer consented (sending it is the
 * consent). Only the customer, only while the agent's request is open, only once.
 */
export async function submitDiagnostics(
  participant: Participant,
  sessionId: string,
  info: unknown,
): Promise<{ id: number; info: DiagnosticsInfo }> {
  const session = await diagnosticsSession(participant, sessionId, "customer");
  const parsed = parseDiagnosticsInfo(info);
  const json = JSON.stringify(parsed);
  const event = await inTransaction(async (tx) => {
    const { pendingRequestId } = await diagnosticsState(tx, session.id);
    if (pendingRequestId === null) throw new ValidationError({ diagnostics: "diagnosticsNotRequested" });
    await tx.supportSession.update({ where: { id: session.id }, data: { diagnostics: json } });
    return tx.sessionEvent.create({
      data: { sessionId: session.id, type: "diagnostics", author: "customer", body: JSON.stringify({ info: parsed }) },
    });
  });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id: event.id, info: parsed };
}

/** The customer says no; the agent sees it and may ask again later. */
export async function declineDiagnostics(participant: Participant, sessionId: string): Promise<{ id: number }> {
  const session = await diagnosticsSession(participant, sessionId, "customer");
  const event = await inTransaction(async (tx) => {
    const { pendingRequestId } = await diagnosticsState(tx, session.id);
    if (pendingRequestId === null) throw new ValidationError({ diagnostics: "diagnosticsNotRequested" });
    return tx.sessionEvent.create({ data: { sessionId: session.id, type: "diagnosticsDeclined", author: "customer" } });
  });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id: event.id };
}
