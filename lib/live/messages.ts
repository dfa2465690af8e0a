import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { sqlDate, sqlInteger } from "@/lib/db/sql-row";
import { sqliteTimestamp } from "@/lib/db/sqlite-timestamp";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { errorKeyOr } from "@/lib/errors/error-key";
import { eventBus } from "@/lib/events/event-bus";
import { plainText } from "@/lib/validation/plain-text";
import { sessionChannel } from "./channels";
import { openSessionIdOf, type Participant, sessionOf } from "./participant";
import { SCREEN_SIGNAL } from "./screen-share-state";

const MAX_MESSAGE_LENGTH = 4000;

// The other side reads it: no control or direction-override characters (plain-text.ts).
const messageText = z.string().overwrite(plainText).trim().min(1, "messageRequired").max(MAX_MESSAGE_LENGTH, "tooLong");

/** What a form's message key may look like (a UUID or similar); anything else counts as no key. */
const MESSAGE_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A chat message from either side; stored first, then announced, so no stream can miss it.
 * `clientKey` comes from the form that sent it: the same form arriving twice (a resubmitted page, a
 * double click, a retried request) stores one message and answers with it again.
 */
export async function postMessage(participant: Participant, sessionId: string, text: string, clientKey?: string) {
  const found = await openSessionIdOf(participant, sessionId);
  if (!found) throw new NotFoundError("session");
  const session = { id: found.id };
  const side = participant.kind;
  const parsed = messageText.safeParse(text);
  if (!parsed.success)
    throw new ValidationError({ text: errorKeyOr(parsed.error.issues[0]?.message, "messageRequired") });
  // One statement that inserts only while the session is open: a message can't slip in after the
  // end, and the hot path of a chat needs no interactive transaction.
  const body = JSON.stringify({ text: parsed.data });
  const key = clientKey && MESSAGE_KEY.test(clientKey) ? clientKey : null;
  const inserted = await db.$queryRaw<unknown[]>`
    INSERT INTO "SessionEvent" ("sessionId", "type", "author", "body", "createdAt", "clientKey")
    SELECT ${session.id}, 'message', ${side}, ${body}, ${sqliteTimestamp(new Date())}, ${key}
    WHERE EXISTS (SELECT 1 FROM "SupportSession" WHERE "id" = ${session.id} AND "endedAt" IS NULL)
    ON CONFLICT ("sessionId", "clientKey") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 0) {
    const earlier = key
      ? await db.sessionEvent.findUnique({
          where: { sessionId_clientKey: { sessionId: session.id, clientKey: key } },
          select: { id: true },
        })
      : null;
    if (earlier) return { id: earlier.id, repeated: true };
    throw new ValidationError({ text: "sessionEnded" });
  }
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id: insertedRow.parse(inserted[0]).id, repeated: false };
}

export type SessionEventView = { id: number; type: string; author: string; body: Record<string, unknown>; at: Date };

/**
 * The session's events after `afterId` (0 = from the start), in order — what an event stream sends
 * on connect, on every notification and after a reconnect with Last-Event-ID.
 */
export async function eventsAfter(
  participant: Participant,
  sessionId: string,
  afterId: number,
  limit = 500,
  options: { withoutSignals?: boolean } = {},
): Promise<SessionEventView[]> {
  const { session } = await sessionOf(participant, sessionId);
  return loadEventsAfter(session.id, afterId, limit, options);
}

/**
 * The reading itself, for a stream whose participant was checked when it opened. `withoutSignals`
 * leaves out the screen share's handshake (for a reader who takes no part, decision record 27) in
 * the statement itself, so that a page stays a page.
 */
export async function loadEventsAfter(
  sessionId: string,
  afterId: number,
  limit = 500,
  { withoutSignals = false } = {},
): Promise<SessionEventView[]> {
  // Every open stream runs this on every event of its session: one plain statement (see bench live).
  const after = Number.isSafeInteger(afterId) && afterId > 0 ? afterId : 0;
  const skipped = withoutSignals ? SCREEN_SIGNAL : "";
  const rows = await db.$queryRaw<unknown[]>`
    SELECT "id", "type", "author", "body", "createdAt" FROM "SessionEvent"
    WHERE "sessionId" = ${sessionId} AND "id" > ${after} AND "type" <> ${skipped}
    ORDER BY "id" ASC LIMIT ${limit}`;
  const events = rows.map((raw) => eventRow.parse(raw));
  return events.map((r) => ({
    id: r.id,
    type: r.type,
    author: r.author,
    body: JSON.parse(r.body) as Record<string, unknown>,
    at: r.createdAt,
  }));
}

const insertedRow = z.object({ id: sqlInteger });

const eventRow = z.object({
  id: sqlInteger,
  type: z.string(),
  author: z.string(),
  body: z.string(),
  createdAt: sqlDate,
});
