import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { readSessionFile, type SessionFileContent } from "@/lib/live/files";
import { parseId, viewableSession } from "./view-access";

/**
 * A file of a session the manager may watch (viewableSession), for download from the
 * Sitzungseinsicht. The download is written to the audit log; the session learns nothing of it.
 */
export async function readViewedFile(
  actor: Principal,
  sessionId: unknown,
  fileId: unknown,
): Promise<SessionFileContent> {
  const session = await viewableSession(actor, sessionId);
  const file = await readSessionFile(session.id, parseId(fileId, "file"));
  try {
    await inTransaction((tx) =>
      writeAudit(tx, {
        actor,
        action: "sessionView.fileDownloaded",
        targetType: "supportSession",
        targetId: session.id,
        summary: { sessionNumber: session.number, fileId: file.id, name: file.name },
      }),
    );
  } catch (error) {
    file.stream.destroy();
    throw error;
  }
  return file;
}
