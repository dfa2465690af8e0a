import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getPortal } from "@/lib/portals/get-portal";
import { portalQueueState } from "@/lib/portals/portal-flood";
import { cancelWaitingRequestsAction } from "../../actions";
import { portalPageTitle } from "../portal-page-title";

/** "Wartende Anfragen abbrechen": the confirmation, its own page so it works without JavaScript. */
export default async function CancelWaitingRequestsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const [{ portal }, state] = await Promise.all([
    orNotFound(getPortal(actor, id)),
    orNotFound(portalQueueState(actor, id)),
  ]);
  const t = await getTranslations("Portals.queue");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("cancel")}</h1>
      <p>{t("cancelQuestion", { portal: portal.name, count: state.waiting })}</p>
      {state.busyUntil ? (
        <p>{t("cancelReopens", { until: format.dateTime(state.busyUntil, { timeStyle: "short" }) })}</p>
      ) : null}
      <form action={cancelWaitingRequestsAction} className="actions">
        <input type="hidden" name="portalId" value={id} />
        <SubmitButton variant="danger">{t("cancelConfirm")}</SubmitButton>
        <Link href={`/manager/portals/${id}`}>{t("back")}</Link>
      </form>
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return portalPageTitle(params, (await getTranslations("Portals.queue"))("cancel"));
}
