import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApiManagerForm } from "@/components/managers/ApiManagerForm";
import { ManagerList } from "@/components/managers/ManagerList";
import { ManagerTabs } from "@/components/managers/ManagerTabs";
import { Notice } from "@/components/shell/Notice";
import { API_REFERENCE_PATH } from "@/lib/api/paths";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { listManagers, mayCreateApiManagers } from "@/lib/managers/managers";
import { createApiManagerAction, managerSelectionAction } from "../actions";

/**
 * The "API-Manager" tab: only there while the Admin Center allows company managers to create API
 * managers. The tab says what API managers do (the REST API, with tokens they make themselves under
 * Management Center › API) and links to the API's reference.
 */
export default async function ApiManagersPage() {
  const actor = await requirePrincipal("manager");
  if (!(await mayCreateApiManagers(actor))) notFound();
  const managers = await listManagers(actor, "api");
  const t = await getTranslations("Managers");
  return (
    <>
      <h1>{t("apiTab")}</h1>
      <ManagerTabs current="/manager/managers/api" showApiTab />
      <Notice />
      <p className="alert alert-info">
        {t.rich("apiIntro", { link: (chunks) => <Link href={API_REFERENCE_PATH}>{chunks}</Link> })}
      </p>
      <ManagerList
        managers={managers}
        action={managerSelectionAction}
        returnTo="/manager/managers/api"
        linkToEdit={false}
        label={t("apiTab")}
      />
      <section aria-labelledby="new-api-heading" className="card">
        <h2 id="new-api-heading">{t("addApiManager")}</h2>
        <ApiManagerForm action={createApiManagerAction} />
      </section>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Managers");
  return { title: t("apiTab") };
}
