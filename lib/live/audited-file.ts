import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { inTransaction } from "@/lib/db/transaction";
import { readSessionFile, type SessionFileContent } from "./files";

/**
 * A session's file for a manager's download, which the audit log records under `action` (the
 * Sitzungseinsicht's or Sitzungsinformationen'). The caller has authorised the reader. No record, no
 * download: if the audit cannot be written, the opened file is closed and the error propagates.
 */
export async function readAuditedSessionFile(
  actor: Principal,
  session: { id: string; number: string },
  fileId: string,
  action: string,
): Promise<SessionFileContent> {
  const file = await readSessionFile(session.id, fileId);
  try {
    await inTransaction((tx) =>
      writeAudit(tx, {
        actor,
        action,
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
