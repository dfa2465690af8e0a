import "server-only";
import { sessionChannel } from "./channels";
import { eventStreamResponse } from "./event-stream";
import { loadEventsAfter, type SessionEventView } from "./messages";
import { type Participant, sessionOf } from "./participant";
import { keepPresenceAlive } from "./presence";

/** A session event as the browser receives it (dates as ISO strings). */
export function toTranscriptEvent(e: SessionEventView) {
  return { id: e.id, type: e.type, author: e.author, body: e.body, at: e.at.toISOString() };
}

/**
 * What a session's event stream sends: its events after an id, as SSE events, a page at a time —
 * for an observer without the screen share's handshake, which is the two participants' business.
 */
export function sessionEventsLoader(sessionId: string, options: { withoutSignals?: boolean } = {}) {
  return async (afterId: number, limit: number) =>
    (await loadEventsAfter(sessionId, afterId, limit, options)).map((e) => ({
      id: e.id,
      event: e.type,
      data: toTranscriptEvent(e),
    }));
}

/**
 * The live event stream of one session for one of its two participants (SSE). Throws
 * NotFoundError before anything is streamed when the participant has no business there;
 * `stillAllowed` (see stream-access.ts) ends it once they have no more.
 */
export async function sessionEventStream(
  request: Request,
  participant: Participant,
  sessionId: string,
  stillAllowed: () => Promise<boolean>,
): Promise<Response> {
  const { session } = await sessionOf(participant, sessionId);
  return eventStreamResponse({
    request,
    channels: [sessionChannel(session.id)],
    // Checked above, and again by stillAllowed; the stream reads the session's events directly.
    load: sessionEventsLoader(session.id),
    // An agent on a session page is at the console.
    whileOpen: participant.kind === "agent" ? keepPresenceAlive(participant.actor) : undefined,
    stillAllowed,
  });
}
