import "server-only";
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { db } from "@/lib/db/client";
import { maxFileBytes } from "@/lib/config/env";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import type { PortalFeature } from "@/lib/portals/portal-features";
import { sessionChannel } from "./channels";
import { assertDiskRoom, assertQuotaLeft } from "./file-limits";
import { displayFileName, normalizeContentType } from "./file-names";
import { moveIntoPlace, openStoredFile, removeQuietly, writeIncoming } from "./file-storage";
import { type Participant, type SessionSide, sessionOf } from "./participant";
import { sessionFeatureOn } from "./session-features";

export type FileUpload = { name: string; contentType: string; bytes: Uint8Array };

export type SentFile = { id: string; name: string; size: number; contentType: string; eventId: number };

/** The agent sends with "file transfer send", the customer with "file transfer receive" (the agent receives). */
const FEATURE_OF_SENDER: Record<SessionSide, PortalFeature> = {
  agent: "fileTransferSend",
  customer: "fileTransferReceive",
};
const DIRECTION_OF_SENDER: Record<SessionSide, "toCustomer" | "toAgent"> = { agent: "toCustomer", customer: "toAgent" };

/**
 * Whether this participant may send a file into the session now: their session (else not found),
 * still open, the transfer feature for their direction on for the session's agent and portal, and
 * room left for at least one more byte — in the session's quota and on the disk. Upload handlers
 * call it before reading a large body; `sendFile` checks it again. A feature that is off is
 * refused as `fileTransferOff` (403 over HTTP), not as "not found": the participant may see the
 * session, and the console shows which transfers are on anyway.
 */
export async function assertMaySendFile(participant: Participant, sessionId: string) {
  const { session, side } = await sessionOf(participant, sessionId);
  if (session.endedAt) throw new ValidationError({ file: "sessionEnded" });
  if (!(await sessionFeatureOn(session, FEATURE_OF_SENDER[side])))
    throw new ValidationError({ file: "fileTransferOff" });
  await assertQuotaLeft(db, session.id, side, 1);
  await assertDiskRoom(1);
  return { session, side };
}

/**
 * A file from one side to the other. The bytes go to a temporary file and are moved to their place
 * under a new id before the row exists; then one transaction adds the `SessionFile` and its "file"
 * event. Either the row and the file both exist, or neither does: a failed transaction removes the
 * file, and no row ever points at bytes that are not there yet (a retried transaction is safe too).
 * The quota is decided inside that transaction: SQLite runs one writer at a time, and a transaction
 * that read before another's commit starts over, so of two parallel uploads the later one counts
 * the earlier one's file. The checks before writing only spare the disk bytes that cannot stay.
 */
export async function sendFile(participant: Participant, sessionId: string, upload: FileUpload): Promise<SentFile> {
  const { session, side } = await assertMaySendFile(participant, sessionId);
  const size = upload.bytes.byteLength;
  if (size === 0) throw new ValidationError({ file: "fileEmpty" });
  if (size > maxFileBytes()) throw new ValidationError({ file: "fileTooLarge" });
  const name = displayFileName(upload.name);
  if (!name) throw new ValidationError({ file: "fileNameInvalid" });
  const contentType = normalizeContentType(upload.contentType);
  await assertQuotaLeft(db, session.id, side, size);
  await assertDiskRoom(size);

  const id = randomUUID();
  const incoming = await writeIncoming(upload.bytes);
  let stored: string | null = null;
  let eventId: number;
  try {
    stored = await moveIntoPlace(incoming, session.id, id);
    eventId = await inTransaction(async (tx) => {
      const open = await tx.supportSession.count({ where: { id: session.id, endedAt: null } });
      if (open === 0) throw new ValidationError({ file: "sessionEnded" });
      await assertQuotaLeft(tx, session.id, side, size);
      await tx.sessionFile.create({
        data: { id, sessionId: session.id, direction: DIRECTION_OF_SENDER[side], name, contentType, size },
      });
      const event = await tx.sessionEvent.create({
        data: {
          sessionId: session.id,
          type: "file",
          author: side,
          body: JSON.stringify({ fileId: id, name, size, contentType }),
        },
      });
      return event.id;
    });
  } catch (error) {
    await removeQuietly(stored ?? incoming);
    throw error;
  }
  eventBus.publish(sessionChannel(session.id), { type: "events" });
  return { id, name, size, contentType, eventId };
}

export type SessionFileContent = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  direction: string;
  /** Holds the open file: consume it, or destroy it when not needed. */
  stream: Readable;
};

/**
 * A file of the session, for either of its two participants (anyone else: not found). Files stay
 * downloadable after the session ended: they are part of what the session keeps.
 */
export async function readFile(
  participant: Participant,
  sessionId: string,
  fileId: string,
): Promise<SessionFileContent> {
  const { session } = await sessionOf(participant, sessionId);
  return readSessionFile(session.id, fileId);
}

/**
 * A file of a session whose reader was authorised by the caller (a participant above, a manager's
 * Sitzungseinsicht in lib/session-viewing): not found unless it belongs to that session and its bytes
 * are there.
 */
export async function readSessionFile(sessionId: string, fileId: string): Promise<SessionFileContent> {
  if (fileId.length > 100) throw new NotFoundError("file");
  const file = await db.sessionFile.findFirst({ where: { id: fileId, sessionId } });
  if (!file) throw new NotFoundError("file");
  const stream = await openStoredFile(sessionId, file.id);
  if (!stream) throw new NotFoundError("file");
  return {
    id: file.id,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    direction: file.direction,
    stream,
  };
}
