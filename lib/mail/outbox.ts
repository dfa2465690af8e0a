import "server-only";
import type { Tx } from "@/lib/db/client";

export type OutgoingEmail = { to: string; subject: string; html: string; text: string };

/** Queues an e-mail inside the caller's transaction; the outbox job sends it. Returns the outbox row's ID. */
export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const row = await tx.outboxEmail.create({
    data: { recipient: email.to, subject: email.subject, html: email.html, text: email.text },
    select: { id: true },
  });
  return row.id;
}
