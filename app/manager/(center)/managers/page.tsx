import { getTranslations } from "next-intl/server";
import { InputField } from "@/components/forms/Field";
import { ManagerList } from "@/components/managers/ManagerList";
import { ManagerTabs } from "@/components/managers/ManagerTabs";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { listManagers, mayCreateApiManagers } from "@/lib/managers/managers";
import { managerSelectionAction } from "./actions";

/** "Manager": the team managers, with the manual's search fields and checkboxes. */
export default async function ManagersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const params = await searchParams;
  const search = {
    name: firstParam(params.name) ?? "",
    loginId: firstParam(params.loginId) ?? "",
    email: firstParam(params.email) ?? "",
  };
  const managers = await orNotFound(listManagers(actor, "team", search));
  const t = await getTranslations("Managers");
  return (
    <>
      <h1>{t("title")}</h1>
      <ManagerTabs current="/manager/managers" showApiTab={await mayCreateApiManagers(actor)} />
      <Notice />
      <form method="get" action="/manager/managers" role="search" className="toolbar">
        <InputField name="name" type="search" label={t("name")} defaultValue={search.name} />
        <InputField name="loginId" type="search" label={t("loginId")} defaultValue={search.loginId} />
        <InputField name="email" type="search" label={t("email")} defaultValue={search.email} />
        <button type="submit" className="button button-secondary">
          {t("search")}
        </button>
      </form>
      <ManagerList
        managers={managers}
        action={managerSelectionAction}
        returnTo="/manager/managers"
        linkToEdit
        label={t("title")}
      />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Managers");
  return { title: t("title") };
}
