import "server-only";
import fs from "node:fs/promises";
import { sessionRetentionDays } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { sessionFilesDir, storedSessionDirs } from "@/lib/live/file-storage";
import { removeSessionRecordings, storedRecordingDirs } from "@/lib/recordings/recording-storage";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sessions forgotten per transaction: whole sessions each, and short enough for the live chat's writes to go between. */
const BATCH = 50;

/**
 * The retention job (decision record 22): every session that ended more than the retention period
 * ago (LOTSE_SESSION_RETENTION_DAYS, default 90 days) loses its transcript, its diagnostics, its
 * files and its screen recordings — rows and bytes on disk — and keeps its row with the facts the reports count, marked
 * `contentPurgedAt`. Each session goes whole or not at all (one transaction for a batch of whole
 * sessions); the bytes follow their rows: a folder left behind by a crash between the commit and
 * its removal is removed on the next run. Returns how many sessions it forgot.
 */
export async function purgeExpiredSessionContent(now = new Date()): Promise<number> {
  await removeLeftoverFolders();
  const cutoff = new Date(now.getTime() - sessionRetentionDays() * DAY_MS);
  let purged = 0;
  for (;;) {
    const due = await db.supportSession.findMany({
      where: { contentPurgedAt: null, endedAt: { lt: cutoff } },
      orderBy: { endedAt: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (due.length === 0) return purged;
    const ids = due.map((session) => session.id);
    await inTransaction(async (tx) => {
      await tx.sessionEvent.deleteMany({ where: { sessionId: { in: ids } } });
      await tx.sessionFile.deleteMany({ where: { sessionId: { in: ids } } });
      await tx.recordingChunk.deleteMany({ where: { recording: { sessionId: { in: ids } } } });
      await tx.sessionRecording.deleteMany({ where: { sessionId: { in: ids } } });
      // By id alone: with "contentPurgedAt IS NULL" beside the ids, SQLite (no statistics) walks the
      // whole (contentPurgedAt, endedAt) index — 1.7 s a batch at a million sessions, not 4 ms.
      await tx.supportSession.updateMany({
        where: { id: { in: ids } },
        data: { diagnostics: null, contentPurgedAt: now },
      });
    });
    await Promise.all(ids.map((id) => fs.rm(sessionFilesDir(id), { recursive: true, force: true })));
    await Promise.all(ids.map((id) => removeSessionRecordings(id)));
    purged += ids.length;
  }
}

/** Folders of files and recordings whose session was forgotten already: what a crash after the commit left. */
async function removeLeftoverFolders(): Promise<void> {
  await removeForgotten(await storedSessionDirs(), (id) =>
    fs.rm(sessionFilesDir(id), { recursive: true, force: true }),
  );
  await removeForgotten(await storedRecordingDirs(), removeSessionRecordings);
}

async function removeForgotten(dirs: string[], remove: (sessionId: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < dirs.length; i += 500) {
    const forgotten = await db.supportSession.findMany({
      where: { id: { in: dirs.slice(i, i + 500) }, contentPurgedAt: { not: null } },
      select: { id: true },
    });
    await Promise.all(forgotten.map(({ id }) => remove(id)));
  }
}
