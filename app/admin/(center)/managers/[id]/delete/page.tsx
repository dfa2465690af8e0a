import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deleteCompanyManagerAction } from "@/app/admin/actions";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { describeCompanyManagerDeletion } from "@/lib/admin/delete-company-manager";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";

/**
 * The confirmation of deleting a company manager, a page of its own so it works without JavaScript.
 * The last active company manager can't be deleted: the page says why and offers no OK.
 */
export default async function DeleteCompanyManagerPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePrincipal("admin");
  const { id } = await params;
  const info = await orNotFound(describeCompanyManagerDeletion(admin, id));
  const t = await getTranslations("Admin.managers");
  const errors = await getTranslations("Errors");
  return (
    <>
      <h1>{t("deleteTitle")}</h1>
      {info.refusal ? (
        <>
          <p role="alert" className="alert alert-error">
            {errors(info.refusal)}
          </p>
          <p>
            <Link href={`/admin/managers/${info.id}`}>{t("back")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("deleteQuestion", { name: info.name, loginId: info.loginId })}</p>
          <p className="muted">{t("deleteKeepsAudit")}</p>
          <form action={deleteCompanyManagerAction.bind(null, info.id)} className="actions">
            <SubmitButton variant="danger">{t("ok")}</SubmitButton>
            <Link href={`/admin/managers/${info.id}`}>{t("cancel")}</Link>
          </form>
        </>
      )}
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePrincipal("admin");
  const info = await orNotFound(describeCompanyManagerDeletion(admin, (await params).id));
  const t = await getTranslations("PageTitles");
  return { title: t("of", { object: info.name, page: (await getTranslations("Admin.managers"))("deleteTitle") }) };
}
