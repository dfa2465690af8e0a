import "server-only";
import { expiredTokenRetentionDays, sentMailRetentionDays } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";

const DAY_MS = 86_400_000;

export type HousekeepingResult = {
  sentEmails: number;
  resetTokens: number;
  browserSessions: number;
  connectionCodes: number;
  savedReports: number;
};

/**
 * What nobody needs any more, deleted: sent e-mails after LOTSE_SENT_MAIL_RETENTION_DAYS (their
 * bodies may hold reset and sign-in links in plain text; unsent ones stay, whatever their age),
 * password-reset tokens, browser sessions and connection codes LOTSE_EXPIRED_TOKEN_RETENTION_DAYS
 * after they expired, and saved reports past their expiry (already invisible). Then SQLite renews
 * its query statistics (`PRAGMA optimize`), without which it may pick a poor index as tables grow.
 * Logs what it removed.
 */
export async function runHousekeeping(now = new Date()): Promise<HousekeepingResult> {
  const sentBefore = new Date(now.getTime() - sentMailRetentionDays() * DAY_MS);
  const expiredBefore = new Date(now.getTime() - expiredTokenRetentionDays() * DAY_MS);
  // Each kind on its own: they are independent, and none leaves another half done.
  const result: HousekeepingResult = {
    sentEmails: (await db.outboxEmail.deleteMany({ where: { status: "sent", sentAt: { lt: sentBefore } } })).count,
    resetTokens: (await db.passwordResetToken.deleteMany({ where: { expiresAt: { lt: expiredBefore } } })).count,
    browserSessions: (await db.session.deleteMany({ where: { expiresAt: { lt: expiredBefore } } })).count,
    connectionCodes: (await db.connectionCode.deleteMany({ where: { expiresAt: { lt: expiredBefore } } })).count,
    savedReports: (await db.savedReport.deleteMany({ where: { expiresAt: { lt: now } } })).count,
  };
  await db.$executeRawUnsafe("PRAGMA optimize");
  logger.info({ removed: result }, "housekeeping done");
  return result;
}
