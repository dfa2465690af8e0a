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

  it("leaves mail queued when no SMTP server is configured", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, { to: "later@lotse.test", subject: "S", html: "", text: "T" }));
    expect(await deliverDueEmails({ transport: null })).toEqual({ sent: 0, failed: 0 });
    expect(await db.outboxEmail.count({ where: { recipient: "later@lotse.test", status: "pending" } })).toBe(1);
  });
});
