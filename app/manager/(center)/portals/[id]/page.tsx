import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PortalHeader } from "@/components/portals/PortalHeader";
import { PortalQueueSection } from "@/components/portals/PortalQueueSection";
import { PortalSettingsForm } from "@/components/portals/PortalSettingsForm";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { publicUrl } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getPortal } from "@/lib/portals/get-portal";
import { portalQueueState } from "@/lib/portals/portal-flood";
import { updatePortalSettingsAction } from "../actions";
import { DangerZone } from "@/components/shell/DangerZone";
import { portalPageTitle } from "./portal-page-title";

/** The "Portaleinstellungen" tab, with the business hours assigned to the portal below it. */
export default async function PortalSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const [details, queue] = await Promise.all([
    orNotFound(getPortal(actor, id)),
    orNotFound(portalQueueState(actor, id)),
  ]);
  const { portal } = details;
  const t = await getTranslations("Portals");
  return (
    <>
      <PortalHeader portal={portal} current="settings" publicUrl={publicUrl()} />
      <Notice />
      <PortalQueueSection portalId={portal.id} state={queue} />
      {details.mayChange ? null : <p className="alert alert-info">{t("readOnly")}</p>}
      <PortalSettingsForm
        action={updatePortalSettingsAction}
        defaults={{ ...portal }}
        mayChange={details.mayChange}
        localRecordingAllowed={details.localRecordingAllowed}
      />
      <section aria-labelledby="hours-heading" className="card">
        <h2 id="hours-heading">{t("businessHours")}</h2>
        <dl className="facts">
          <dt>{t("assignedBusinessHours")}</dt>
          <dd>
            {details.businessHours.length
              ? details.businessHours.map((s) => `${s.name} (${s.timeZone})`).join(", ")
              : t("noneAssigned")}
          </dd>
          <dt>{t("assignedHolidays")}</dt>
          <dd>{details.holidaySets.length ? details.holidaySets.map((s) => s.name).join(", ") : t("noneAssigned")}</dd>
        </dl>
        <p>
          <Link href={`/manager/business-hours?portal=${portal.id}`}>{t("manageBusinessHours")}</Link>
        </p>
      </section>
      {details.mayChange ? (
        <DangerZone deleteHref={`/manager/portals/${portal.id}/delete`} deleteLabel={t("delete")} />
      ) : null}
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return portalPageTitle(params, (await getTranslations("Portals"))("settingsTab"));
}
