import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { SearchParams } from "@/lib/forms/page-props";
import { managerNames } from "@/lib/managers/managers";
import { deleteManagersAction } from "../actions";

export default async function DeleteManagersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const ids = ([] as string[]).concat((await searchParams).id ?? []);
  const managers = await orNotFound(managerNames(actor, ids));
  if (managers.length === 0 || managers.length !== new Set(ids).size) notFound();
  const t = await getTranslations("Managers");
  return (
    <>
      <h1>{t("deleteSelected")}</h1>
      <p>{t("deleteQuestion", { count: managers.length })}</p>
      <ul className="problems">
        {managers.map((m) => (
          <li key={m.id}>
            {m.name} ({m.loginId})
          </li>
        ))}
      </ul>
      <form action={deleteManagersAction} className="actions mt-4">
        {managers.map((m) => (
          <input key={m.id} type="hidden" name="managerIds" value={m.id} />
        ))}
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href="/manager/managers">{t("cancel")}</Link>
      </form>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Managers");
  return { title: t("deleteSelected") };
}
