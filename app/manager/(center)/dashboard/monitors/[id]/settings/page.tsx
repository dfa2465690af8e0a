import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MonitorSettingsForm } from "@/components/dashboard/MonitorSettingsForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { monitorSettingsChoices } from "@/lib/dashboard/monitor-settings";
import { dashboardMonitor } from "@/lib/dashboard/monitors";
import { SORT_ORDERS } from "@/lib/dashboard/monitor-kinds";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { saveMonitorSettingsAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

/** "Monitoreinstellungen" of one of the manager's own monitors. */
export default async function MonitorSettingsPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const monitor = await orNotFound(
    dashboardMonitor(actor, id).then((m) => {
      if (!m.own) throw new NotFoundError("monitor");
      return m;
    }),
  );
  const choices = await monitorSettingsChoices(actor, monitor.kind);
  const t = await getTranslations("Dashboard");
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link href="/manager/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("settingsLabel", { name: monitor.name })}</h1>
      <MonitorSettingsForm
        defaults={{
          monitorId: monitor.id,
          kind: monitor.kind,
          name: monitor.name,
          sortOrder: monitor.sortOrder,
          shared: monitor.shared,
          ...monitor.filters,
        }}
        sortOrders={SORT_ORDERS[monitor.kind]}
        choices={choices}
        action={saveMonitorSettingsAction}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("PageTitles");
  return titleOrNotFound(async () =>
    t("of", { object: (await dashboardMonitor(actor, id)).name, page: t("monitorSettings") }),
  );
}
