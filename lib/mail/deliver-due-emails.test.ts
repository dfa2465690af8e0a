import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startSmtpCapture, unreachableSmtpUrl } from "@/test/smtp-capture";
import { deliverDueEmails, retryDelayMs } from "./deliver-due-emails";
import { enqueueEmail } from "./outbox";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => (smtp = await startSmtpCapture()));
afterAll(() => smtp.close());

describe("e-mail outbox", () => {
  it("keeps mail queued while SMTP is down and delivers it once SMTP is back, exactly once", async () => {
    await db.$transaction((tx) =>
      enqueueEmail(tx, { to: "queued@lotse.test", subject: "Hallo", html: "<p>Hallo</p>", text: "Hallo" }),
    );
    const down = nodemailer.createTransport(await unreachableSmtpUrl());
    const now = new Date();
    expect(await deliverDueEmails({ now, transport: down })).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.outboxEmail.findFirstOrThrow({ where: { recipient: "queued@lotse.test" } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));

    const up = nodemailer.createTransport(smtp.url);
    // Not due yet: nothing happens before the retry time.
    expect(await deliverDueEmails({ now, transport: up })).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + retryDelayMs(1));
    expect(await deliverDueEmails({ now: later, transport: up })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueEmails({ now: later, transport: up })).toEqual({ sent: 0, failed: 0 });

    expect(smtp.messages.filter((m) => m.to === "queued@lotse.test")).toEqual([
      expect.objectContaining({ subject: "Hallo", text: expect.stringContaining("Hallo") }),
    ]);
    const sent = await db.outboxEmail.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("backs off exponentially up to an hour and never gives up", () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([15_000, 30_000, 60_000]);
    expect(retryDelayMs(50)).toBe(60 * 60 * 1000);
  });

  it("sends each mail once when two runners work the outbox at the same time", async () => {
    const recipients = ["a", "b", "c", "d", "e"].map((name) => `${name}@race.lotse.test`);
    await db.$transaction(async (tx) => {
      for (const to of recipients) await enqueueEmail(tx, { to, subject: "Race", html: "", text: "Race" });
    });
    // Two transports, as two bundles of the server would have: nothing in memory is shared.
    const [first, second] = [nodemailer.createTransport(smtp.url), nodemailer.createTransport(smtp.url)];
    const reports = await Promise.all([
      deliverDueEmails({ transport: first }),
      deliverDueEmails({ transport: second }),
    ]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(recipients.length);
    expect(
      smtp.messages
        .filter((m) => m.subject === "Race")
        .map((m) => m.to)
        .sort(),
    ).toEqual(recipients);
    expect(await db.outboxEmail.count({ where: { recipient: { in: recipients }, status: "sent" } })).toBe(5);
  });

  it("claims a mail while sending it, and a lapsed claim (the sender died) becomes due again", async () => {
    await db.$transaction((tx) =>
      enqueueEmail(tx, { to: "orphan@lotse.test", subject: "Orphan", html: "", text: "Orphan" }),
    );
    const now = new Date();
    const up = nodemailer.createTransport(smtp.url);
    // What a runner leaves behind when its process dies between claiming and sending.
    const orphan = await db.outboxEmail.update({
      where: { id: (await db.outboxEmail.findFirstOrThrow({ where: { recipient: "orphan@lotse.test" } })).id },
      data: { status: "sending", attempts: 1, leaseUntil: new Date(now.getTime() + 60_000) },
    });
    expect(await deliverDueEmails({ now, transport: up })).toEqual({ sent: 0, failed: 0 });
    const afterLease = new Date(now.getTime() + 60_000);
    expect(await deliverDueEmails({ now: afterLease, transport: up })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messages.filter((m) => m.to === "orphan@lotse.test")).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      leaseUntil: null,
    });
  });

  it("gives a failed mail back to the outbox with the backoff, unclaimed", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, { to: "bounce@lotse.test", subject: "B", html: "", text: "B" }));
    const now = new Date();
    const down = nodemailer.createTransport(await unreachableSmtpUrl());
    expect(await deliverDueEmails({ now, transport: down })).toEqual({ sent: 0, failed: 1 });
    expect(await db.outboxEmail.findFirstOrThrow({ where: { recipient: "bounce@lotse.test" } })).toMatchObject({
      status: "pending",
      attempts: 1,
      leaseUntil: null,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(1)),
    });
  });

  it("leaves mail queued when no SMTP server is configured", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, { to: "later@lotse.test", subject: "S", html: "", text: "T" }));
    expect(await deliverDueEmails({ transport: null })).toEqual({ sent: 0, failed: 0 });
    expect(await db.outboxEmail.count({ where: { recipient: "later@lotse.test", status: "pending" } })).toBe(1);
  });
});
