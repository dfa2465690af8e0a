import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  resetCompanyManagerPasswordAction,
  setCompanyManagerDisabledAction,
  updateCompanyManagerAction,
} from "@/app/admin/actions";
import { EditCompanyManagerForm } from "@/components/admin/EditCompanyManagerForm";
import { NewPasswordForm } from "@/components/auth/NewPasswordForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/shell/Notice";
import { getCompanyManager } from "@/lib/admin/company-managers";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";

export default async function CompanyManagerPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePrincipal("admin");
  const { id } = await params;
  const manager = await orNotFound(getCompanyManager(admin, id));
  const t = await getTranslations("Admin.managers");
  return (
    <>
      <h1>{manager.name}</h1>
      <Notice />
      <dl className="facts">
        <dt>{t("loginId")}</dt>
        <dd>{manager.loginId}</dd>
        <dt>{t("email")}</dt>
        <dd>{manager.email}</dd>
        <dt>{t("status")}</dt>
        <dd>{manager.disabled ? t("disabled") : t("active")}</dd>
      </dl>
      <form action={setCompanyManagerDisabledAction.bind(null, manager.id)} className="actions">
        {manager.disabled ? (
          <SubmitButton name="intent" value="enable">
            {t("enable")}
          </SubmitButton>
        ) : (
          <SubmitButton name="intent" value="disable" variant="danger">
            {t("disable")}
          </SubmitButton>
        )}
        <Link href={`/admin/managers/${manager.id}/delete`} className="button button-secondary">
          {t("delete")}
        </Link>
      </form>
      <section aria-labelledby="edit-heading" className="card">
        <h2 id="edit-heading">{t("edit")}</h2>
        {/* Keyed by the last change: after a successful save the form starts afresh from the saved
            values, not from what an earlier, failed submission had sent. */}
        <EditCompanyManagerForm
          key={manager.updatedAt.toISOString()}
          action={updateCompanyManagerAction.bind(null, manager.id)}
          defaults={{ name: manager.name, loginId: manager.loginId, email: manager.email }}
        />
      </section>
      <section aria-labelledby="reset-heading" className="card">
        <h2 id="reset-heading">{t("resetPassword")}</h2>
        <p>{t("resetPasswordHint")}</p>
        <NewPasswordForm
          action={resetCompanyManagerPasswordAction.bind(null, manager.id)}
          texts={{
            password: t("newPassword"),
            passwordHelp: t("passwordHelp"),
            passwordConfirm: t("passwordConfirm"),
            submit: t("resetPassword"),
          }}
        />
      </section>
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePrincipal("admin");
  const manager = await orNotFound(getCompanyManager(admin, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: manager.name, page: t("companyManager") }) };
}
