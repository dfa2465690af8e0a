import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OutboxSummary } from "@/lib/mail/outbox-status";

/**
 * The Admin Center's landing page says at once when mail does not leave: no SMTP server, or mail
 * that failed. Details and actions are on E-Mail-Versand.
 */
export async function MailStatusCard({ summary }: { summary: OutboxSummary }) {
  const t = await getTranslations("Admin.mail");
  const problem = !summary.smtpConfigured || summary.failed > 0;
  const text = !summary.smtpConfigured
    ? t("overviewNotConfigured", { count: summary.waiting })
    : summary.failed > 0
      ? t("overviewFailed", { count: summary.failed, error: summary.lastError?.message ?? "" })
      : t("overviewOk", { count: summary.waiting });
  return (
    <section aria-labelledby="mail-heading" className="card">
      <h2 id="mail-heading">{t("title")}</h2>
      <p className={problem ? "alert alert-error" : undefined}>{text}</p>
      <p className="mt-4">
        <Link href="/admin/mail">{t("show")}</Link>
      </p>
    </section>
  );
}
