import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { mailFrom } from "@/lib/config/env";
import { smtpTransport } from "./transport";

const BATCH_SIZE = 20;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/**
 * How long a runner owns a mail it claimed. Well above one send's worst case (the transport's
 * connection, greeting and socket timeouts), so a slow send is not claimed twice; short enough that
 * a mail whose sender died mid-send goes out a few minutes later.
 */
const SEND_LEASE_MS = 5 * 60 * 1000;

/** 15 s, 30 s, 1 min, … capped at an hour: mail is retried for as long as it takes, never dropped. */
export function retryDelayMs(attempts: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export type DeliveryReport = { sent: number; failed: number };

/** Mail to send now: pending and due, or claimed by a runner whose lease ran out (it died mid-send). */
const claimable = (now: Date) => ({
  OR: [
    { status: "pending", nextAttemptAt: { lte: now } },
    { status: "sending", leaseUntil: { lte: now } },
  ],
});

/**
 * Sends every queued e-mail that is due, each exactly once even when several runners work the
 * outbox at the same time (the scheduler's tick and a kickJob from another bundle of the server,
 * which share no memory): a runner first claims a row with one conditional update — only one of
 * them can turn it from due into "sending" — and sends only what it claimed.
 */
export async function deliverDueEmails(
  options: { now?: Date; transport?: Transporter | null } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  if (!transport) return report;
  const due = await db.outboxEmail.findMany({
    where: claimable(now),
    orderBy: { createdAt: "asc" },
    take: BATCH_SIZE,
    select: { id: true },
  });
  for (const { id } of due) {
    // One row at a time, just before sending it: the lease only has to cover one send.
    const leaseUntil = new Date(now.getTime() + SEND_LEASE_MS);
    const [email] = await db.outboxEmail.updateManyAndReturn({
      where: { id, ...claimable(now) },
      data: { status: "sending", leaseUntil, attempts: { increment: 1 }, lastAttemptAt: now },
    });
    if (!email) continue; // another runner has it
    try {
      // Read only for the mail being sent: a report can be megabytes.
      const attachments = await db.outboxAttachment.findMany({
        where: { emailId: id },
        orderBy: { fileName: "asc" },
        select: { fileName: true, contentType: true, content: true },
      });
      await transport.sendMail({
        from: mailFrom(),
        to: email.recipient,
        subject: email.subject,
        html: email.html,
        text: email.text,
        attachments: attachments.map((file) => ({
          filename: file.fileName,
          contentType: file.contentType,
          content: Buffer.from(file.content),
        })),
      });
    } catch (error) {
      // Only while the claim is still ours: past the lease, another runner may be sending it.
      await db.outboxEmail.updateMany({
        where: { id, status: "sending", leaseUntil },
        data: {
          status: "pending",
          leaseUntil: null,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)),
        },
      });
      report.failed++;
      continue;
    }
    // It went out, so it is sent — even if the lease lapsed meanwhile, to keep a third copy away.
    await db.outboxEmail.update({
      where: { id },
      data: { status: "sent", sentAt: new Date(), leaseUntil: null, lastError: null },
    });
    report.sent++;
  }
  return report;
}
