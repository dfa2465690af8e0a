import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { mailFrom } from "@/lib/config/env";
import { smtpTransport } from "./transport";

const BATCH_SIZE = 20;
const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** 15 s, 30 s, 1 min, … capped at an hour: mail is retried for as long as it takes, never dropped. */
export function retryDelayMs(attempts: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export type DeliveryReport = { sent: number; failed: number };

/** Sends every queued e-mail that is due. Idempotent: a sent row is never sent again. */
export async function deliverDueEmails(
  options: { now?: Date; transport?: Transporter | null } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  if (!transport) return report;
  const due = await db.outboxEmail.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: BATCH_SIZE,
  });
  for (const email of due) {
    try {
      await transport.sendMail({
        from: mailFrom(),
        to: email.recipient,
        subject: email.subject,
        html: email.html,
        text: email.text,
      });
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { status: "sent", sentAt: new Date(), attempts: email.attempts + 1, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const attempts = email.attempts + 1;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      report.failed++;
    }
  }
  return report;
}
