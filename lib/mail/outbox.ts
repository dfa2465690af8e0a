import "server-only";
import type { Tx } from "@/lib/db/client";

/** A file sent with a mail: a report of E-Mail-Zustellung. */
export type EmailAttachment = { fileName: string; contentType: string; content: Uint8Array };

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: EmailAttachment[];
};

/** Queues an e-mail inside the caller's transaction; the outbox job sends it. Returns the outbox row's ID. */
export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const row = await tx.outboxEmail.create({
    data: {
      recipient: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments?.length
        ? {
            create: email.attachments.map(({ fileName, contentType, content }) => ({
              fileName,
              contentType,
              // Prisma takes a Uint8Array over its own ArrayBuffer.
              content: Uint8Array.from(content),
            })),
          }
        : undefined,
    },
    select: { id: true },
  });
  return row.id;
}
