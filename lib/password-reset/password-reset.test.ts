import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors/domain-errors";
import { deliverDueEmails } from "@/lib/mail/deliver-due-emails";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { startSmtpCapture } from "@/test/smtp-capture";
import { RESET_REQUEST_RATE_LIMIT, requestPasswordReset } from "./request-password-reset";
import { isResetTokenUsable, resetPasswordWithToken } from "./reset-password-with-token";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => (smtp = await startSmtpCapture()));
afterAll(() => smtp.close());

async function sendOutbox() {
  await deliverDueEmails({ transport: nodemailer.createTransport(smtp.url) });
}

const client = (address = "198.51.100.1") => ({ address, userAgent: "vitest" });

/** The form's answer and then, as after() does once the answer is out, the delivery. */
async function requestAndDeliver(input: { loginId: string; loginIdConfirm: string }, address?: string) {
  await (await requestPasswordReset(input, client(address))).deliver();
}

function tokenFrom(text: string): string {
  const match = text.match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe("password reset", () => {
  it("mails a link in the user's language that sets a new password once and ends all sessions", async () => {
    const user = await createUserRecord({ kind: "manager", language: "de", email: "inbox-de@lotse.test" });
    const session = await signedInPrincipal(user);
    await requestAndDeliver({ loginId: user.loginId, loginIdConfirm: user.loginId.toUpperCase() });
    await sendOutbox();
    const mail = smtp.messages.find((m) => m.to === "inbox-de@lotse.test");
    expect(mail?.subject).toBe("Lotse: Passwort zurücksetzen");
    expect(mail?.text).toContain("eine Stunde lang gültig");
    // The plain-text part has no button to click: it speaks of the link.
    expect(mail?.text).toContain("Über den folgenden Link");
    expect(mail?.text).not.toMatch(/Schaltfläche/);
    const token = tokenFrom(mail!.text);

    expect(await isResetTokenUsable(token)).toBe(true);
    expect(
      await resetPasswordWithToken(token, { password: "Fresh-secret-99", passwordConfirm: "Fresh-secret-99" }),
    ).toEqual({
      realm: "manager",
    });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash, "Fresh-secret-99")).toBe(true);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);

    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(
      resetPasswordWithToken(token, { password: "Other-secret-99", passwordConfirm: "Other-secret-99" }),
    ).rejects.toThrow(ValidationError);
  });

  it("writes English mail to English users", async () => {
    const user = await createUserRecord({ kind: "manager", language: "en", email: "inbox-en@lotse.test" });
    await requestAndDeliver({ loginId: user.loginId, loginIdConfirm: user.loginId });
    await sendOutbox();
    const mail = smtp.messages.find((m) => m.to === "inbox-en@lotse.test");
    expect(mail?.subject).toBe("Reset your Lotse password");
    expect(mail?.text).toContain("Use the link below");
    expect(mail?.text).not.toMatch(/button/i);
  });

  it("answers the same for an unknown login and sends nothing", async () => {
    const before = await db.outboxEmail.count();
    await expect(requestAndDeliver({ loginId: "ghost@lotse.test", loginIdConfirm: "ghost@lotse.test" })).resolves.toBe(
      undefined,
    );
    expect(await db.outboxEmail.count()).toBe(before);
  });

  it("answers before it looks the login up, so known and unknown logins take the same time", async () => {
    const user = await createUserRecord({ kind: "manager", email: "inbox-timing@lotse.test" });
    const before = await db.outboxEmail.count();
    const { deliver } = await requestPasswordReset({ loginId: user.loginId, loginIdConfirm: user.loginId }, client());
    // The answer is complete here; nothing about the login has happened yet.
    expect(await db.outboxEmail.count()).toBe(before);
    await deliver();
    expect(await db.outboxEmail.count()).toBe(before + 1);
  });

  it(`takes ${RESET_REQUEST_RATE_LIMIT.limit} requests per client address in a quarter of an hour`, async () => {
    const input = { loginId: "ghost@lotse.test", loginIdConfirm: "ghost@lotse.test" };
    for (let i = 0; i < RESET_REQUEST_RATE_LIMIT.limit; i++) await requestPasswordReset(input, client("203.0.113.50"));
    await expect(requestPasswordReset(input, client("203.0.113.50"))).rejects.toMatchObject({
      fieldErrors: { form: "tooManyResetRequests" },
    });
    // Another address has its own budget.
    await expect(requestPasswordReset(input, client("203.0.113.51"))).resolves.toBeDefined();
  });

  it("requires the confirmation to match", async () => {
    await expect(
      requestPasswordReset({ loginId: "a@lotse.test", loginIdConfirm: "b@lotse.test" }, client()),
    ).rejects.toMatchObject({
      fieldErrors: { loginIdConfirm: "loginIdMismatch" },
    });
  });

  it("refuses an expired link", async () => {
    const user = await createUserRecord({ kind: "manager", email: "inbox-old@lotse.test" });
    await requestAndDeliver({ loginId: user.loginId, loginIdConfirm: user.loginId });
    await sendOutbox();
    const token = tokenFrom(smtp.messages.find((m) => m.to === "inbox-old@lotse.test")!.text);
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await isResetTokenUsable(token)).toBe(false);
  });
});
