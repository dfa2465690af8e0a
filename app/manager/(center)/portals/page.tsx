import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PortalList } from "@/components/portals/PortalList";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listPortals } from "@/lib/portals/list-portals";

/** "Portale": the portals with their sub-portals (company managers only). */
export default async function PortalsPage() {
  const actor = await requirePrincipal("manager");
  const { portals, mayChange } = await orNotFound(listPortals(actor, new Date()));
  const t = await getTranslations("Portals");
  return (
    <>
      <h1>{t("title")}</h1>
      <Notice />
      {mayChange ? null : <p className="alert alert-info">{t("readOnly")}</p>}
      {portals.length === 0 ? (
        <p>{t(mayChange ? "emptyMayAdd" : "emptyAskAdmin")}</p>
      ) : (
        <PortalList portals={portals} />
      )}
      {mayChange ? (
        <p className="actions">
          <Link href="/manager/portals/new" className="button button-primary">
            {t("add")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Portals");
  return { title: t("title") };
}
