import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "./channels";
import { type Participant, sessionOf } from "./participant";

export const MAX_MESSAGE_LENGTH = 4000;

const messageText = z.string().trim().min(1, "required").max(MAX_MESSAGE_LENGTH, "tooLong");

/** A chat message from either side; stored first, then announced, so no stream can miss it. */
export async function postMessage(participant: Participant, sessionId: string, text: string) {
  const { session, side } = await sessionOf(participant, sessionId);
  const parsed = messageText.safeParse(text);
  if (!parsed.success) throw new ValidationError({ text: parsed.error.issues[0]?.message ?? "required" });
  const event = await inTransaction(async (tx) => {
    // Checked inside the transaction: a message can't slip in after the session ended.
    const open = await tx.supportSession.count({ where: { id: session.id, endedAt: null } });
    if (open === 0) throw new ValidationError({ text: "sessionEnded" });
    return tx.sessionEvent.create({ data: { sessionId: session.id, type: "message", author: side, body: JSON.stringify({ text: parsed.data }) } });
  });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id: event.id };
}

export type SessionEventView = { id: number; type: string; author: string; body: Record<string, unknown>; at: Date };

/**
 * The session's events after `afterId` (0 = from the start), in order — what an event stream sends
 * on connect, on every notification and after a reconnect with Last-Event-ID.
 */
export async function eventsAfter(participant: Participant, sessionId: string, afterId: number, limit = 500): Promise<SessionEventView[]> {
  const { session } = await sessionOf(participant, sessionId);
  const rows = await db.sessionEvent.findMany({
    where: { sessionId: session.id, id: { gt: Number.isSafeInteger(afterId) && afterId > 0 ? afterId : 0 } },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map((r) => ({ id: r.id, type: r.type, author: r.author, body: JSON.parse(r.body) as Record<string, unknown>, at: r.createdAt }));
}
