import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { readAuditedSessionFile } from "@/lib/live/audited-file";
import type { SessionFileContent } from "@/lib/live/files";
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
  return readAuditedSessionFile(actor, session, parseId(fileId, "file"), "sessionView.fileDownloaded");
}
