import nodemailer from "nodemailer";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import de from "@/messages/de.json";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { startSmtpCapture, unreachableSmtpUrl } from "@/test/smtp-capture";
import { deliverDueEmails } from "./deliver-due-emails";
import { discardEmails, previewDiscard, retryFailedEmails } from "./manage-outbox";
import { enqueueEmail } from "./outbox";
import { getOutboxSummary, listWaitingEmails } from "./outbox-status";
import { sendTestEmail } from "./send-test-email";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => (smtp = await startSmtpCapture()));
afterAll(() => smtp.close());

let admin: Principal;
beforeEach(async () => {
  await resetDatabase();
  admin = await signedInPrincipal(await createUserRecord({ kind: "admin", language: "de" }), "admin");
});
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

async function queue(to: string, subject = "Hallo") {
  return db.$transaction((tx) => enqueueEmail(tx, { to, subject, html: `<p>${subject}</p>`, text: subject }));
}

/**
 * Queues a mail and tries it against an SMTP server that is down: pending, with an error and a
 * back-off. Every other mail that is due then fails too, so tests make their failed mail first.
 */
async function failedMail(to: string) {
  const id = await queue(to, "Fehlgeschlagen");
  await deliverDueEmails({ transport: nodemailer.createTransport(await unreachableSmtpUrl()) });
  return db.outboxEmail.findUniqueOrThrow({ where: { id } });
}

/** What the kicked outbox job does in the background announces nothing: ask until `probe` finds it. */
function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  return vi.waitFor(
    async () => {
      const found = await probe();
      if (found === undefined) throw new Error("not yet");
      return found;
    },
    { timeout: 10_000 },
  );
}

describe("E-Mail-Versand: what the Admin Center shows", () => {
  it("without SMTP_URL: not configured, and every waiting and failed mail counted and listed", async () => {
    const sent = await queue("sent@lotse.test", "Zugestellt");
    await deliverDueEmails({ transport: nodemailer.createTransport(smtp.url) });
    const failed = await failedMail("broken@lotse.test");
    await queue("waiting-1@lotse.test");
    await queue("waiting-2@lotse.test");

    const summary = await getOutboxSummary(admin);
    expect(summary).toMatchObject({
      smtpConfigured: false,
      smtpServer: null,
      sender: "Lotse <lotse@localhost>",
      waiting: 3,
      failed: 1,
      lastError: { recipient: "broken@lotse.test", message: expect.stringMatching(/ECONNREFUSED/) },
    });
    expect(summary.lastSentAt).toEqual((await db.outboxEmail.findUniqueOrThrow({ where: { id: sent } })).sentAt);
    expect(summary.lastError?.at).toEqual(failed.lastAttemptAt);
    expect(failed.lastAttemptAt).not.toBeNull();

    const list = await listWaitingEmails(admin);
    expect(list).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(list.emails.map((e) => [e.recipient, e.failed])).toEqual([
      ["broken@lotse.test", true],
      ["waiting-1@lotse.test", false],
      ["waiting-2@lotse.test", false],
    ]);
    expect(list.emails[0]).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
  });

  it("with SMTP_URL: configured, shown without its password or options, and the sender from MAIL_FROM", async () => {
    process.env.SMTP_URL = "smtp://mailer:Geheim-Passwort-99@mail.firma.test:587?secure=false&pass=x";
    process.env.MAIL_FROM = "Support <support@firma.test>";
    const summary = await getOutboxSummary(admin);
    expect(summary).toMatchObject({
      smtpConfigured: true,
      smtpServer: "smtp://mailer@mail.firma.test:587",
      sender: "Support <support@firma.test>",
      lastSentAt: null,
      waiting: 0,
      failed: 0,
      lastError: null,
    });
    expect(JSON.stringify(summary)).not.toContain("Geheim");
    expect(JSON.stringify(summary)).not.toContain("pass=");
  });

  it("lists waiting mail a page at a time, oldest first", async () => {
    for (let i = 1; i <= 30; i++) await queue(`page-${String(i).padStart(2, "0")}@lotse.test`);
    const first = await listWaitingEmails(admin, { page: 1 });
    const second = await listWaitingEmails(admin, { page: 2 });
    expect(first).toMatchObject({ total: 30, pageCount: 2 });
    expect(first.emails).toHaveLength(25);
    expect(second.emails.map((e) => e.recipient)).toEqual([26, 27, 28, 29, 30].map((i) => `page-${i}@lotse.test`));
    // Out of range: the nearest page.
    expect((await listWaitingEmails(admin, { page: 99 })).page).toBe(2);
    expect((await listWaitingEmails(admin, { page: -3 })).page).toBe(1);
  });
});

describe("E-Mail-Versand: actions", () => {
  it("a test mail goes through the outbox and, the outbox kicked, reaches the SMTP server", async () => {
    process.env.SMTP_URL = smtp.url;
    await expect(sendTestEmail(admin, { to: "kein-postfach" })).rejects.toMatchObject({
      fieldErrors: { to: "emailFormat" },
    });
    await sendTestEmail(admin, { to: "probe@firma.test" });
    const mail = await waitFor(() => smtp.messages.find((m) => m.to === "probe@firma.test"));
    expect(mail.subject).toBe(de.Emails.testMail.subject);
    expect(mail.text).toContain(admin.loginId);
    // Sent by the kicked outbox job, which marks it so.
    const row = await waitFor(async () => {
      const email = await db.outboxEmail.findFirstOrThrow({ where: { recipient: "probe@firma.test" } });
      return email.status === "sent" ? email : undefined;
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "mail.test_queued" } });
    expect(audit).toMatchObject({ actorLabel: admin.loginId, targetId: row.id });
    expect(JSON.parse(audit.summary)).toEqual({ to: "probe@firma.test" });
  });

  it("without SMTP the test mail waits in the outbox, where the page shows it", async () => {
    await sendTestEmail(admin, { to: "probe@firma.test" });
    // What the kicked job does, run to its end here: without SMTP_URL it finds no server to send to.
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    expect((await listWaitingEmails(admin)).emails).toEqual([
      expect.objectContaining({ recipient: "probe@firma.test", subject: de.Emails.testMail.subject, attempts: 0 }),
    ]);
  });

  it("retry now makes a failed mail due at once — one, or all failed — and is audited", async () => {
    const first = await failedMail("first@lotse.test");
    const second = await failedMail("second@lotse.test");
    const fresh = await queue("fresh@lotse.test");
    expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    expect(await retryFailedEmails(admin, { emailId: first.id })).toBe(1);
    const due = await db.outboxEmail.findUniqueOrThrow({ where: { id: first.id } });
    expect(due.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: second.id } })).nextAttemptAt).toEqual(
      second.nextAttemptAt,
    );
    // A mail that has not failed is not "retried".
    expect(await retryFailedEmails(admin, { emailId: fresh })).toBe(0);

    expect(await retryFailedEmails(admin, { all: true })).toBe(2);
    const up = nodemailer.createTransport(smtp.url);
    expect(await deliverDueEmails({ transport: up })).toEqual({ sent: 3, failed: 0 });
    expect(smtp.messages.filter((m) => ["first@lotse.test", "second@lotse.test"].includes(m.to))).toHaveLength(2);

    const audits = await db.auditLog.findMany({ where: { action: "mail.retried" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.targetId, JSON.parse(a.summary)])).toEqual([
      [first.id, { count: 1 }],
      [null, { count: 2, all: true }],
    ]);
    await expect(retryFailedEmails(admin, { emailId: "does-not-exist" })).rejects.toThrow(NotFoundError);
  });

  it("discard deletes one waiting mail, or all queued up to the confirmation, and is audited", async () => {
    const failed = await failedMail("failed@lotse.test");
    const one = await queue("one@lotse.test", "Eins");
    const two = await queue("two@lotse.test", "Zwei");

    expect(await previewDiscard(admin, { emailId: one })).toMatchObject({
      count: 1,
      email: { recipient: "one@lotse.test", subject: "Eins" },
    });
    expect(await discardEmails(admin, { emailId: one })).toBe(1);
    expect(await db.outboxEmail.count({ where: { id: one } })).toBe(0);
    await expect(previewDiscard(admin, { emailId: one })).rejects.toThrow(NotFoundError);
    await expect(discardEmails(admin, { emailId: one })).rejects.toThrow(NotFoundError);

    const preview = await previewDiscard(admin, { all: true });
    expect(preview.count).toBe(2);
    const later = await queue("later@lotse.test", "Später"); // queued after the page was shown: kept
    // The same millisecond as the page can happen on a fast machine; "after" is what the test means.
    await db.outboxEmail.update({
      where: { id: later },
      data: { createdAt: new Date(preview.queuedUntil.getTime() + 1) },
    });
    expect(await discardEmails(admin, { all: true, queuedUntil: preview.queuedUntil })).toBe(2);
    expect(await db.outboxEmail.findMany({ select: { id: true } })).toEqual([{ id: later }]);

    const audits = await db.auditLog.findMany({ where: { action: "mail.discarded" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => JSON.parse(a.summary))).toEqual([
      { count: 1, emails: [{ id: one, recipient: "one@lotse.test", subject: "Eins" }] },
      {
        count: 2,
        emails: [
          { id: failed.id, recipient: "failed@lotse.test", subject: "Fehlgeschlagen" },
          { id: two, recipient: "two@lotse.test", subject: "Zwei" },
        ],
      },
    ]);
  });

  it("does not discard a mail that is being sent right now, nor one already sent", async () => {
    const sending = await queue("sending@lotse.test");
    await db.outboxEmail.update({
      where: { id: sending },
      data: { status: "sending", attempts: 1, leaseUntil: new Date(Date.now() + 60_000) },
    });
    const sent = await queue("sent@lotse.test");
    await db.outboxEmail.update({ where: { id: sent }, data: { status: "sent", sentAt: new Date() } });
    await expect(previewDiscard(admin, { emailId: sending })).rejects.toThrow(NotFoundError);
    expect(await discardEmails(admin, { emailId: sending })).toBe(0);
    expect(await discardEmails(admin, { emailId: sent })).toBe(0);
    expect(await discardEmails(admin, { all: true, queuedUntil: new Date() })).toBe(0);
    expect(await db.outboxEmail.count()).toBe(2);
  });
});

describe("E-Mail-Versand: authorization", () => {
  it("refuses everyone but the system administrator, as not found, and changes nothing", async () => {
    const failed = await failedMail("kept@lotse.test");
    const outsiders: Principal[] = [
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })),
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" })),
      await signedInPrincipal(await createUserRecord({ kind: "agent", managementCenterAccess: true })),
    ];
    for (const actor of outsiders) {
      const attempts = [
        getOutboxSummary(actor),
        listWaitingEmails(actor),
        sendTestEmail(actor, { to: "attacker@evil.test" }),
        retryFailedEmails(actor, { emailId: failed.id }),
        retryFailedEmails(actor, { all: true }),
        previewDiscard(actor, { all: true }),
        discardEmails(actor, { emailId: failed.id }),
        discardEmails(actor, { all: true, queuedUntil: new Date() }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toThrow(NotFoundError);
    }
    expect(await db.outboxEmail.findMany()).toEqual([failed]);
    expect(await db.auditLog.count({ where: { action: { startsWith: "mail." } } })).toBe(0);
  });
});
