import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "./channels";
import { type Participant, sessionOf } from "./participant";
import {
  isRecording,
  RECORDING_EVENTS,
  SCREEN_EVENTS,
  SCREEN_SIGNAL,
  type ScreenShare,
  screenShareOf,
} from "./screen-share-state";
import { decideScreenAction, MAX_SIGNALS_PER_SHARE, screenInput } from "./screen-sharing-rules";
import { sessionFeatureOn } from "./session-features";

/**
 * Bildschirmfreigabe (decision record 27): the agent asks, the customer's browser shares a screen
 * over WebRTC, and the handshake travels as session events through the session's own stream
 * (decision record 9). Every action is checked here, on every request: the participant, the open
 * session, the feature at portal and agent level right now, and the state of the current share.
 */
export async function screenAction(
  participant: Participant,
  sessionId: string,
  raw: unknown,
): Promise<{ id: number; shareId: string }> {
  const { session, side } = await sessionOf(participant, sessionId);
  if (session.endedAt) throw new ValidationError({ screen: "sessionEnded" });
  if (!(await sessionFeatureOn(session, "screenSharing"))) throw new ValidationError({ screen: "screenSharingOff" });
  const parsed = screenInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError({ screen: "screenSignalInvalid" });
  const written = await inTransaction(async (tx) => {
    // Read inside the writing transaction: two answers (or an answer and the end) cannot cross.
    const open = await tx.supportSession.findUniqueOrThrow({ where: { id: session.id }, select: { endedAt: true } });
    if (open.endedAt) throw new ValidationError({ screen: "sessionEnded" });
    const last = await lastShareEvent(tx, session.id);
    const decision = decideScreenAction(parsed.data, side, screenShareOf(last), () => randomUUID());
    if (!decision.ok) {
      if (decision.error === "notFound") throw new NotFoundError("session");
      throw new ValidationError({ screen: decision.error });
    }
    if (decision.type === SCREEN_SIGNAL) {
      const sent = await tx.sessionEvent.count({
        where: { sessionId: session.id, type: SCREEN_SIGNAL, author: side, id: { gt: last!.id } },
      });
      if (sent >= MAX_SIGNALS_PER_SHARE) throw new ValidationError({ screen: "screenSignalLimit" });
    }
    const event = await tx.sessionEvent.create({
      data: { sessionId: session.id, type: decision.type, author: side, body: JSON.stringify(decision.body) },
    });
    return { id: event.id, shareId: String(decision.body.shareId) };
  });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return written;
}

async function lastShareEvent(client: Tx, sessionId: string) {
  const row = await client.sessionEvent.findFirst({
    where: { sessionId, type: { in: [...SCREEN_EVENTS] } },
    orderBy: { id: "desc" },
    select: { id: true, type: true, body: true },
  });
  return row && { id: row.id, type: row.type, body: JSON.parse(row.body) as Record<string, unknown> };
}

export type ScreenSharingView = {
  share: ScreenShare | null;
  /** The session's last event id when the page was rendered: handshakes up to it are history. */
  lastEventId: number;
  /** Whether the server records the session now (its last recording event is "recordingStarted"). */
  recording: boolean;
};

/**
 * Where screen sharing stands in a session, for its pages. Takes a session the caller already
 * reached (sessionOf, customerRequestView), so it needs no actor of its own.
 */
export async function screenSharingView(sessionId: string): Promise<ScreenSharingView> {
  const [last, newest, recording] = await Promise.all([
    lastShareEvent(db, sessionId),
    db.sessionEvent.findFirst({ where: { sessionId }, orderBy: { id: "desc" }, select: { id: true } }),
    db.sessionEvent.findFirst({
      where: { sessionId, type: { in: [...RECORDING_EVENTS] } },
      orderBy: { id: "desc" },
      select: { type: true },
    }),
  ]);
  return {
    share: screenShareOf(last),
    lastEventId: newest?.id ?? 0,
    recording: isRecording(recording ? [recording] : []),
  };
}
