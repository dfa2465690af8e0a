import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { WaitingEmail } from "@/lib/mail/outbox-status";
import { ScrollRegion } from "@/components/shell/ScrollRegion";

/** The outbox's waiting mail: who it is for, how often it was tried, when next, and why it failed. */
export async function WaitingEmailsTable({
  emails,
  smtpConfigured,
  retryAction,
}: {
  emails: WaitingEmail[];
  smtpConfigured: boolean;
  /** "Erneut versuchen" of one e-mail: the route's server action, bound to the e-mail's id. */
  retryAction: (emailId: string) => Promise<void>;
}) {
  const t = await getTranslations("Admin.mail");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ScrollRegion label={t("list")}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("recipient")}</th>
            <th scope="col">{t("subject")}</th>
            <th scope="col">{t("queuedAt")}</th>
            <th scope="col">{t("attempts")}</th>
            <th scope="col">{t("nextAttempt")}</th>
            <th scope="col">{t("lastError")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((email) => (
            <tr key={email.id}>
              <td>{email.recipient}</td>
              <td>{email.subject}</td>
              <td>{when(email.createdAt)}</td>
              <td>{email.attempts}</td>
              <td>
                {email.sending ? t("sendingNow") : smtpConfigured ? when(email.nextAttemptAt) : t("waitingForSmtp")}
              </td>
              <td>{email.lastError ?? ""}</td>
              <td>
                {email.sending ? null : (
                  <div className="actions">
                    {email.failed ? (
                      <form action={retryAction.bind(null, email.id)}>
                        <SubmitButton variant="secondary">{t("retry")}</SubmitButton>
                      </form>
                    ) : null}
                    <Link href={`/admin/mail/discard?id=${encodeURIComponent(email.id)}`}>{t("discard")}</Link>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
