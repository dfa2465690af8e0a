// The housekeeping job (issue 14): it deletes what is due — sent e-mails after 30 days, reset
// tokens, browser sessions and connection codes a day after they expired, expired saved reports —
// and nothing else: unsent mail of any age, what is still valid, what expired only just now.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runHousekeeping } from "@/lib/housekeeping/housekeeping";
import { createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const NOW = new Date("2026-12-03T10:00:00Z");
const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

async function mail(subject: string, status: string, sentAt: Date | null, createdAt = ago(40)) {
  await db.outboxEmail.create({
    data: { recipient: "a@lotse.test", subject, html: "<p>link</p>", text: "link", status, sentAt, createdAt },
  });
}

describe("runHousekeeping", () => {
  it("removes only what is due, and says how much", async () => {
    const user = await createUserRecord({ kind: "manager" });
    await mail("sent 31 days ago", "sent", ago(31));
    await mail("sent 29 days ago", "sent", ago(29));
    await mail("never sent, 40 days old", "pending", null);
    await mail("being sent", "sending", null);

    const token = (name: string, expiresAt: Date) =>
      db.passwordResetToken.create({ data: { userId: user.id, tokenHash: name, expiresAt } });
    await token("expired two days ago", ago(2));
    await token("expired an hour ago", new Date(NOW.getTime() - 3600_000));
    await token("valid", new Date(NOW.getTime() + 3600_000));

    const browserSession = (id: string, expiresAt: Date) =>
      db.session.create({ data: { id, userId: user.id, realm: "manager", expiresAt } });
    await browserSession("ended-3-days", ago(3));
    await browserSession("ended-just-now", new Date(NOW.getTime() - 60_000));
    await browserSession("open", new Date(NOW.getTime() + DAY_MS));

    await db.connectionCode.create({ data: { code: "111111", agentId: "a", expiresAt: ago(5) } });
    await db.connectionCode.create({ data: { code: "222222", agentId: "a", expiresAt: ago(0.5) } });

    const report = (name: string, expiresAt: Date) =>
      db.savedReport.create({ data: { ownerId: user.id, name, params: "{}", expiresAt } });
    await report("expired", new Date(NOW.getTime() - 1000));
    await report("kept", new Date(NOW.getTime() + DAY_MS));

    expect(await runHousekeeping(NOW)).toEqual({
      sentEmails: 1,
      resetTokens: 1,
      browserSessions: 1,
      connectionCodes: 1,
      savedReports: 1,
    });
    expect((await db.outboxEmail.findMany({ orderBy: { subject: "asc" } })).map((m) => m.subject)).toEqual([
      "being sent",
      "never sent, 40 days old",
      "sent 29 days ago",
    ]);
    expect((await db.passwordResetToken.findMany({ orderBy: { tokenHash: "asc" } })).map((t) => t.tokenHash)).toEqual([
      "expired an hour ago",
      "valid",
    ]);
    expect((await db.session.findMany({ orderBy: { id: "asc" } })).map((s) => s.id)).toEqual([
      "ended-just-now",
      "open",
    ]);
    expect((await db.connectionCode.findMany()).map((c) => c.code)).toEqual(["222222"]);
    expect((await db.savedReport.findMany()).map((r) => r.name)).toEqual(["kept"]);

    // Run again: nothing more is due.
    expect(Object.values(await runHousekeeping(NOW))).toEqual([0, 0, 0, 0, 0]);
  });

  it("follows the configured retention", async () => {
    await mail("sent 8 days ago", "sent", ago(8));
    await mail("sent 6 days ago", "sent", ago(6));
    process.env.LOTSE_SENT_MAIL_RETENTION_DAYS = "7";
    try {
      expect(await runHousekeeping(NOW)).toMatchObject({ sentEmails: 1 });
    } finally {
      delete process.env.LOTSE_SENT_MAIL_RETENTION_DAYS;
    }
    expect((await db.outboxEmail.findMany()).map((m) => m.subject)).toEqual(["sent 6 days ago"]);
  });
});
