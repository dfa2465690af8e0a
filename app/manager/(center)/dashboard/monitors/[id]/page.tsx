import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Monitor } from "@/components/dashboard/Monitor";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { monitorContent } from "@/lib/dashboard/monitor-content";
import { dashboardMonitor, dashboardScope } from "@/lib/dashboard/monitors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";

type Props = { params: Promise<{ id: string }> };

/**
 * One monitor on a page of its own: what the live Dashboard fetches when its stream names this
 * monitor (htmx takes the monitor's element out of it), and a link target in its own right.
 */
export default async function MonitorPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const scope = await orNotFound(dashboardScope(actor));
  const now = new Date();
  const monitor = await orNotFound(dashboardMonitor(actor, id, now));
  const content = monitor.timedOut ? null : await monitorContent(actor, scope, monitor, now);
  const t = await getTranslations("Dashboard");
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link href="/manager/dashboard">{t("back")}</Link>
      </p>
      <h1>{monitor.name}</h1>
      <Monitor monitor={monitor} content={content} now={now} />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("PageTitles");
  return titleOrNotFound(async () => t("of", { object: (await dashboardMonitor(actor, id)).name, page: t("monitor") }));
}
