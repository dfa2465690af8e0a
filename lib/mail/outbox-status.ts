import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { mailFrom, smtpUrl } from "@/lib/config/env";
import { smtpServerLabel } from "./smtp-server-label";

/** Mail not sent yet: queued, or claimed by a runner that is sending it right now. */
const waitingEmails = { status: { in: ["pending", "sending"] } };

/** Waiting mail that was tried and failed: it goes out at its next attempt (nextAttemptAt). */
export const failedEmails = { status: "pending", attempts: { gt: 0 }, lastError: { not: null } };

/** The same rule as failedEmails, for a row already read. */
const isFailedEmail = (row: { status: string; attempts: number; lastError: string | null }) =>
  row.status === "pending" && row.attempts > 0 && row.lastError !== null;

export type OutboxSummary = {
  smtpConfigured: boolean;
  /** SMTP_URL without its password (smtpServerLabel); null when unset or unreadable. */
  smtpServer: string | null;
  sender: string;
  lastSentAt: Date | null;
  /** Not sent yet (failed ones included). */
  waiting: number;
  failed: number;
  /** The most recent error of a mail that is still waiting. */
  lastError: { message: string; at: Date | null; recipient: string } | null;
};

/**
 * Admin Center › E-Mail-Versand: whether mail can leave at all, and what is stuck. Without SMTP_URL
 * every mail waits in the outbox, and nothing else in Lotse would say so.
 */
export async function getOutboxSummary(actor: Actor): Promise<OutboxSummary> {
  assertSystemAdministrator(actor);
  const url = smtpUrl();
  const [waiting, failed, lastSent, lastFailure] = await Promise.all([
    db.outboxEmail.count({ where: waitingEmails }),
    db.outboxEmail.count({ where: failedEmails }),
    db.outboxEmail.aggregate({ where: { status: "sent" }, _max: { sentAt: true } }),
    db.outboxEmail.findFirst({
      where: { ...waitingEmails, lastError: { not: null } },
      // Rows from before lastAttemptAt existed have none: they come last.
      orderBy: [{ lastAttemptAt: { sort: "desc", nulls: "last" } }, { nextAttemptAt: "desc" }],
      select: { lastError: true, lastAttemptAt: true, recipient: true },
    }),
  ]);
  return {
    smtpConfigured: url !== undefined,
    smtpServer: url ? smtpServerLabel(url) : null,
    sender: mailFrom(),
    lastSentAt: lastSent._max.sentAt,
    waiting,
    failed,
    lastError: lastFailure?.lastError
      ? { message: lastFailure.lastError, at: lastFailure.lastAttemptAt, recipient: lastFailure.recipient }
      : null,
  };
}

const WAITING_PAGE_SIZE = 25;

export type WaitingEmail = {
  id: string;
  recipient: string;
  subject: string;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  /** A runner is sending it right now (its lease has not run out). */
  sending: boolean;
  failed: boolean;
};

/** The waiting mail, oldest first (the order the outbox sends it in), a page at a time. */
export async function listWaitingEmails(
  actor: Actor,
  options: { page?: number; now?: Date } = {},
): Promise<{ emails: WaitingEmail[]; page: number; pageCount: number; total: number }> {
  assertSystemAdministrator(actor);
  const now = options.now ?? new Date();
  const total = await db.outboxEmail.count({ where: waitingEmails });
  const pageCount = Math.max(1, Math.ceil(total / WAITING_PAGE_SIZE));
  const requested = Number.isSafeInteger(options.page) ? (options.page as number) : 1;
  const page = Math.min(Math.max(1, requested), pageCount);
  const rows = await db.outboxEmail.findMany({
    where: waitingEmails,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * WAITING_PAGE_SIZE,
    take: WAITING_PAGE_SIZE,
    select: {
      id: true,
      recipient: true,
      subject: true,
      createdAt: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      status: true,
      leaseUntil: true,
    },
  });
  const emails = rows.map(({ status, leaseUntil, ...row }) => ({
    ...row,
    sending: status === "sending" && leaseUntil !== null && leaseUntil > now,
    failed: isFailedEmail({ status, ...row }),
  }));
  return { emails, page, pageCount, total };
}
