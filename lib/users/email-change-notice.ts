import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import { EmailChangedEmail } from "@/components/emails/EmailChangedEmail";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import type { OutgoingEmail } from "@/lib/mail/outbox";

export type EmailChange = {
  /** How the mail greets them: their name (lib/auth/user-display.ts). */
  name: string;
  loginId: string;
  language: string;
  timeZone: string;
  oldEmail: string;
  newEmail: string;
  /** The login ID of whoever changed it, or null when the user changed it themselves. */
  changedBy: string | null;
  at?: Date;
};

/**
 * The notice to the old address that a login's e-mail address changed: whoever takes over a login
 * through its address (and then "Passwort vergessen") can't do it unseen. Rendered before the
 * transaction; the caller queues it (enqueueEmail) inside the transaction of the change.
 */
async function renderEmailChangeNotice(change: EmailChange): Promise<OutgoingEmail> {
  const locale = isLocale(change.language) ? change.language : defaultLocale;
  const t = translatorFor(locale, "Emails");
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: change.timeZone,
  }).format(change.at ?? new Date());
  const element = createElement(EmailChangedEmail, {
    lang: locale,
    texts: {
      preview: t("emailChanged.preview"),
      heading: t("emailChanged.heading"),
      greeting: t("emailChanged.greeting", { name: change.name }),
      body: change.changedBy
        ? t("emailChanged.bodyByOther", {
            when,
            loginId: change.loginId,
            newEmail: change.newEmail,
            by: change.changedBy,
          })
        : t("emailChanged.bodyBySelf", { when, loginId: change.loginId, newEmail: change.newEmail }),
      warning: t("emailChanged.warning"),
    },
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: change.oldEmail, subject: t("emailChanged.subject"), html, text };
}

/** A login as stored before the change, with the name its mail greets. */
export type NoticeRecipient = { name: string; loginId: string; language: string; timeZone: string; email: string };

/** The notice to `user`'s stored address when `newEmail` is another one; null when the address stays. */
export async function emailChangeNoticeIfChanged(
  user: NoticeRecipient,
  newEmail: string,
  changedBy: string | null,
): Promise<OutgoingEmail | null> {
  if (newEmail === user.email) return null;
  const { name, loginId, language, timeZone, email: oldEmail } = user;
  return renderEmailChangeNotice({ name, loginId, language, timeZone, oldEmail, newEmail, changedBy });
}
