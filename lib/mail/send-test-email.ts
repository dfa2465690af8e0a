import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import { z } from "zod";
import { TestEmail } from "@/components/emails/TestEmail";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { type Actor, actorLabel } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { defaultTimeZone } from "@/lib/config/env";
import { ValidationError } from "@/lib/errors/domain-errors";
import { defaultLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { kickJob } from "@/lib/jobs/scheduler";
import { emailField, fieldErrorsOf } from "@/lib/validation/fields";
import { enqueueEmail } from "./outbox";

const testEmailSchema = z.object({ to: emailField });

/**
 * "Test-E-Mail senden": queues a short mail to the address the administrator entered and kicks the
 * outbox. It takes the way every mail takes (outbox, SMTP, retries), so what it proves holds for
 * all of them; the page then shows whether it left or why not.
 */
export async function sendTestEmail(actor: Actor, input: z.input<typeof testEmailSchema>): Promise<void> {
  assertSystemAdministrator(actor);
  const parsed = testEmailSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { to } = parsed.data;
  // The administrator reads it, so it is in their language.
  const locale = actor.type === "user" ? actor.language : defaultLocale;
  const timeZone = actor.type === "user" ? actor.timeZone : defaultTimeZone();
  const t = translatorFor(locale, "Emails");
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium", timeZone }).format(new Date());
  const element = createElement(TestEmail, {
    lang: locale,
    texts: {
      preview: t("testMail.preview"),
      heading: t("testMail.heading"),
      body: t("testMail.body", { by: actorLabel(actor), when }),
      footer: t("testMail.footer"),
    },
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  await inTransaction(async (tx) => {
    const emailId = await enqueueEmail(tx, { to, subject: t("testMail.subject"), html, text });
    await writeAudit(tx, {
      actor,
      action: "mail.test_queued",
      targetType: "email",
      targetId: emailId,
      summary: { to },
    });
  });
  kickJob("outbox");
}
