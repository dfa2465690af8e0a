import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PortalQueueState } from "@/lib/portals/portal-flood";

/** On the portal settings: how many requests wait, and whether the portal's ceiling turns customers away. */
export async function PortalQueueSection({ portalId, state }: { portalId: string; state: PortalQueueState }) {
  const t = await getTranslations("Portals.queue");
  const format = await getFormatter();
  return (
    <section aria-labelledby="queue-heading" className="card">
      <h2 id="queue-heading">{t("title")}</h2>
      <p>{t("waiting", { count: state.waiting })}</p>
      {state.busyUntil ? (
        <p className="alert alert-error">
          {t("busy", { until: format.dateTime(state.busyUntil, { timeStyle: "short" }) })}
        </p>
      ) : null}
      {state.waiting > 0 || state.busyUntil ? (
        <p>
          <Link href={`/manager/portals/${portalId}/waiting-requests`}>{t("cancel")}</Link>
        </p>
      ) : null}
    </section>
  );
}
