import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { saveAccountGrantsAction } from "@/app/admin/actions";
import { AccountGrantsForm } from "@/components/admin/AccountGrantsForm";
import { MailStatusCard } from "@/components/admin/MailStatusCard";
import { Notice } from "@/components/shell/Notice";
import { getAccountGrants } from "@/lib/admin/account-grants";
import { listCompanyManagers } from "@/lib/admin/company-managers";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { getOutboxSummary } from "@/lib/mail/outbox-status";
import { ScrollRegion } from "@/components/shell/ScrollRegion";

/** Admin Center: account-level grants, the company managers, and whether e-mail leaves. */
export default async function AdminOverviewPage() {
  const admin = await requirePrincipal("admin");
  const [grants, managers, mail] = await Promise.all([
    getAccountGrants(admin),
    listCompanyManagers(admin),
    getOutboxSummary(admin),
  ]);
  const t = await getTranslations("Admin");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      <MailStatusCard summary={mail} />
      <section aria-labelledby="grants-heading" className="card">
        <h2 id="grants-heading">{t("grants.title")}</h2>
        <AccountGrantsForm grants={grants} action={saveAccountGrantsAction} />
      </section>
      <section aria-labelledby="managers-heading" className="card">
        <h2 id="managers-heading">{t("managers.title")}</h2>
        <p>
          <Link href="/admin/managers/new" className="button button-secondary">
            {t("managers.add")}
          </Link>
        </p>
        {managers.length === 0 ? (
          <p>{t("managers.none")}</p>
        ) : (
          <ScrollRegion label={t("managers.list")}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("managers.name")}</th>
                  <th scope="col">{t("managers.loginId")}</th>
                  <th scope="col">{t("managers.email")}</th>
                  <th scope="col">{t("managers.status")}</th>
                  <th scope="col">{t("managers.createdAt")}</th>
                </tr>
              </thead>
              <tbody>
                {managers.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link href={`/admin/managers/${m.id}`}>{m.name}</Link>
                    </td>
                    <td>{m.loginId}</td>
                    <td>{m.email}</td>
                    <td>{m.disabled ? t("managers.disabled") : t("managers.active")}</td>
                    <td>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Admin");
  return { title: t("title") };
}
