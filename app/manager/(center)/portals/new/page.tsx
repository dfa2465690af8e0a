import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewPortalForm } from "@/components/portals/NewPortalForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { requirePortalEditor } from "@/lib/portals/portal-access";
import { createPortalAction } from "../actions";

export default async function NewPortalPage() {
  const actor = await requirePrincipal("manager");
  await orNotFound(requirePortalEditor(actor));
  const t = await getTranslations("Portals");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/manager/portals">{t("title")}</Link>
      </p>
      <h1>{t("add")}</h1>
      <NewPortalForm action={createPortalAction} />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Portals");
  return { title: t("add") };
}
