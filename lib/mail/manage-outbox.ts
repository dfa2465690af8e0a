import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { kickJob } from "@/lib/jobs/scheduler";
import { failedEmails } from "./outbox-status";

/** One mail by its ID, or all of them. */
export type OutboxSelection = { emailId: string } | { all: true };

const emailIdSchema = z.string().min(1).max(100);

function idOf(selection: OutboxSelection): string | undefined {
  if (!("emailId" in selection)) return undefined;
  const parsed = emailIdSchema.safeParse(selection.emailId);
  if (!parsed.success) throw new NotFoundError("email");
  return parsed.data;
}

/** A mail that has gone (sent and gone, discarded) is not found; one that exists but is not in question counts 0. */
async function assertExists(id: string | undefined) {
  if (id && !(await db.outboxEmail.findUnique({ where: { id }, select: { id: true } }))) {
    throw new NotFoundError("email");
  }
}

/**
 * Waiting mail that may be discarded: queued, or claimed by a runner that died (its lease ran out;
 * without SMTP nobody claims it back). A mail being sent right now is not touched.
 */
const discardable = (now: Date) => ({
  OR: [{ status: "pending" }, { status: "sending", leaseUntil: { lte: now } }],
});

/**
 * "Jetzt erneut senden": failed mail is due now instead of at the end of its back-off, and the
 * outbox is kicked. Returns how many mails that were.
 */
export async function retryFailedEmails(actor: Actor, selection: OutboxSelection): Promise<number> {
  assertSystemAdministrator(actor);
  const id = idOf(selection);
  await assertExists(id);
  const now = new Date();
  const count = await inTransaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { ...failedEmails, ...(id ? { id } : {}) },
      data: { nextAttemptAt: now },
    });
    if (count > 0) {
      await writeAudit(tx, {
        actor,
        action: "mail.retried",
        targetType: "email",
        targetId: id ?? null,
        summary: { count, ...(id ? {} : { all: true }) },
      });
    }
    return count;
  });
  if (count > 0) kickJob("outbox");
  return count;
}

export type DiscardSelection = { emailId: string } | { all: true; queuedUntil: Date };

export type DiscardPreview = {
  count: number;
  /** The mail, when one was chosen. */
  email: { id: string; recipient: string; subject: string } | null;
  /** "All": the mail queued up to now; OK discards these and nothing queued after the page was shown. */
  queuedUntil: Date;
};

/** What the confirmation page of "Verwerfen" shows. */
export async function previewDiscard(actor: Actor, selection: OutboxSelection): Promise<DiscardPreview> {
  assertSystemAdministrator(actor);
  const id = idOf(selection);
  const now = new Date();
  if (id) {
    const email = await db.outboxEmail.findFirst({
      where: { id, ...discardable(now) },
      select: { id: true, recipient: true, subject: true },
    });
    if (!email) throw new NotFoundError("email");
    return { count: 1, email, queuedUntil: now };
  }
  const count = await db.outboxEmail.count({ where: { ...discardable(now), createdAt: { lte: now } } });
  return { count, email: null, queuedUntil: now };
}

const AUDITED_RECIPIENTS = 50;

/**
 * "Verwerfen": deletes waiting mail for good — one, or all that were queued up to `queuedUntil`
 * (the moment the confirmation page was shown), so a password link queued meanwhile is not lost
 * unseen. The audit row names what went (the first 50). Returns how many mails that were.
 */
export async function discardEmails(actor: Actor, selection: DiscardSelection): Promise<number> {
  assertSystemAdministrator(actor);
  const id = "emailId" in selection ? idOf(selection) : undefined;
  const queuedUntil = "all" in selection ? z.date().parse(selection.queuedUntil) : undefined;
  await assertExists(id);
  return inTransaction(async (tx) => {
    const where = { ...discardable(new Date()), ...(id ? { id } : { createdAt: { lte: queuedUntil } }) };
    const doomed = await tx.outboxEmail.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { id: true, recipient: true, subject: true },
    });
    if (doomed.length === 0) return 0;
    const { count } = await tx.outboxEmail.deleteMany({ where: { id: { in: doomed.map((e) => e.id) } } });
    await writeAudit(tx, {
      actor,
      action: "mail.discarded",
      targetType: "email",
      targetId: id ?? null,
      summary: { count, emails: doomed.slice(0, AUDITED_RECIPIENTS) },
    });
    return count;
  });
}
