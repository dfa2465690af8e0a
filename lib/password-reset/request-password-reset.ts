import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createElement } from "react";
import { render } from "@react-email/render";
import { z } from "zod";
import { PasswordResetEmail } from "@/components/emails/PasswordResetEmail";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { publicUrl } from "@/lib/config/env";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { kickJob } from "@/lib/jobs/scheduler";
import { enqueueEmail } from "@/lib/mail/outbox";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf, loginIdField } from "@/lib/validation/fields";
import type { ClientInfo } from "@/lib/http/client";
import { clientKeyOf } from "@/lib/rate-limit/client-key";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit/fixed-window";
import { displayNameOf } from "@/lib/auth/user-display";

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
const MIN_INTERVAL_MS = 60 * 1000;

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

const requestSchema = z
  .object({ loginId: loginIdField, loginIdConfirm: z.string().trim().toLowerCase() })
  .refine((v) => v.loginId === v.loginIdConfirm, { path: ["loginIdConfirm"], message: "loginIdMismatch" });

/** Reset requests one client address may make: enough for a person, too few to spam inboxes. */
export const RESET_REQUEST_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };
const RESET_REQUEST_SCOPE = "password-reset";

/**
 * "Passwort vergessen": checks the form and the client's budget, and returns the delivery to run
 * after the answer is sent (the route uses Next's after()). So the answer takes the same time
 * whether or not the login exists: only the delivery looks the login up. The delivery queues a
 * single-use link valid for one hour to the address on file.
 */
export async function requestPasswordReset(
  input: z.input<typeof requestSchema>,
  client: ClientInfo,
): Promise<{ deliver: () => Promise<void> }> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const allowed = await inTransaction(
    async (tx) =>
      (
        await consumeRateLimit(tx, {
          scope: RESET_REQUEST_SCOPE,
          id: clientKeyOf(client.address, RESET_REQUEST_SCOPE),
          rule: RESET_REQUEST_RATE_LIMIT,
        })
      ).allowed,
  );
  if (!allowed) throw new ValidationError({ form: "tooManyResetRequests" });
  const { loginId } = parsed.data;
  return { deliver: () => sendResetLinkIfKnown(loginId, client) };
}

async function sendResetLinkIfKnown(loginId: string, client: ClientInfo): Promise<void> {
  const user = await db.user.findUnique({ where: { loginId }, include: { manager: true, agent: true } });
  if (!user || user.disabled) return;
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: new Date(Date.now() - MIN_INTERVAL_MS) } },
  });
  if (recent > 0) return;

  const token = randomBytes(32).toString("base64url");
  const locale = isLocale(user.language) ? user.language : defaultLocale;
  const t = translatorFor(locale, "Emails");
  const resetUrl = `${publicUrl()}/reset-password/${token}`;
  const element = createElement(PasswordResetEmail, {
    lang: locale,
    resetUrl,
    texts: {
      preview: t("passwordReset.preview"),
      heading: t("passwordReset.heading"),
      greeting: t("passwordReset.greeting", { name: displayNameOf(user) }),
      intro: t("passwordReset.intro", { loginId: user.loginId }),
      button: t("passwordReset.button"),
      validity: t("passwordReset.validity"),
      ignore: t("passwordReset.ignore"),
    },
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);

  await inTransaction(async (tx) => {
    // A new link replaces any earlier unused one.
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    });
    await enqueueEmail(tx, { to: user.email, subject: t("passwordReset.subject"), html, text });
    await writeAudit(tx, {
      actor: null,
      action: "password_reset.requested",
      targetType: "user",
      targetId: user.id,
      summary: { sentTo: user.email },
      client,
    });
  });
  kickJob("outbox");
}
