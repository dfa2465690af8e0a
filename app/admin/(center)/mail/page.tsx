import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { retryAllFailedEmailsAction, retryEmailAction, sendTestEmailAction } from "@/app/admin/mail-actions";
import { SendTestEmailForm } from "@/components/admin/SendTestEmailForm";
import { WaitingEmailsTable } from "@/components/admin/WaitingEmailsTable";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { getOutboxSummary, listWaitingEmails } from "@/lib/mail/outbox-status";

/** Admin Center › E-Mail-Versand: whether mail leaves at all, what waits, and a test mail. */
export default async function AdminMailPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePrincipal("admin");
  const params = await searchParams;
  const [summary, list] = await Promise.all([
    getOutboxSummary(admin),
    listWaitingEmails(admin, { page: Number(firstParam(params.page) ?? 1) }),
  ]);
  const t = await getTranslations("Admin.mail");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const pageLink = (page: number) => `/admin/mail?page=${page}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      {summary.smtpConfigured ? null : (
        <p role="alert" className="alert alert-error">
          {t("smtpNotConfiguredAlert")}
        </p>
      )}
      <section aria-labelledby="setup-heading" className="card">
        <h2 id="setup-heading">{t("setupTitle")}</h2>
        <dl className="facts">
          <dt>{t("smtpServer")}</dt>
          <dd>{summary.smtpConfigured ? (summary.smtpServer ?? t("smtpUnreadable")) : t("smtpNotConfigured")}</dd>
          <dt>{t("sender")}</dt>
          <dd>{summary.sender}</dd>
          <dt>{t("lastSentAt")}</dt>
          <dd>{summary.lastSentAt ? when(summary.lastSentAt) : t("neverSent")}</dd>
        </dl>
      </section>
      <section aria-labelledby="outbox-heading" className="card">
        <h2 id="outbox-heading">{t("outboxTitle")}</h2>
        <dl className="facts">
          <dt>{t("waiting")}</dt>
          <dd>{summary.waiting}</dd>
          <dt>{t("failed")}</dt>
          <dd>{summary.failed}</dd>
          <dt>{t("lastError")}</dt>
          <dd>
            {summary.lastError ? (
              <>
                <span className="block">{summary.lastError.message}</span>
                <span className="muted">
                  {summary.lastError.at
                    ? t("lastErrorContext", {
                        when: when(summary.lastError.at),
                        recipient: summary.lastError.recipient,
                      })
                    : t("lastErrorContextUndated", { recipient: summary.lastError.recipient })}
                </span>
              </>
            ) : (
              t("noError")
            )}
          </dd>
        </dl>
        {summary.waiting > 0 ? (
          <div className="actions">
            {summary.failed > 0 ? (
              <form action={retryAllFailedEmailsAction}>
                <SubmitButton>{t("retryAll")}</SubmitButton>
              </form>
            ) : null}
            <Link href="/admin/mail/discard" className="button button-secondary">
              {t("discardAll")}
            </Link>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="list-heading" className="card">
        <h2 id="list-heading">{t("listTitle")}</h2>
        {list.total === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <WaitingEmailsTable
            emails={list.emails}
            smtpConfigured={summary.smtpConfigured}
            retryAction={retryEmailAction}
          />
        )}
        {list.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="pagination">
            {list.page > 1 ? <Link href={pageLink(list.page - 1)}>{t("previous")}</Link> : null}
            <span>{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
            {list.page < list.pageCount ? <Link href={pageLink(list.page + 1)}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="test-heading" className="card">
        <h2 id="test-heading">{t("testTitle")}</h2>
        <p>{t("testHint")}</p>
        <SendTestEmailForm action={sendTestEmailAction} defaultTo={admin.email} />
      </section>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Admin.mail");
  return { title: t("title") };
}
