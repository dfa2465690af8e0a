import { getTranslations } from "next-intl/server";
import { Monitor } from "@/components/dashboard/Monitor";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { monitorContent } from "@/lib/dashboard/monitor-content";
import { dashboardMonitor, dashboardScope } from "@/lib/dashboard/monitors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";

type Props = { params: Promise<{ id: string }> };

/**
 * One monitor, as the live Dashboard fetches it when its stream names the monitor (htmx takes the
 * monitor's element out of the answer). Outside the Management Center's frame on purpose: it is
 * fetched often, and the navigation around it would be thrown away.
 */
export default async function MonitorFragment({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const scope = await orNotFound(dashboardScope(actor));
  const now = new Date();
  const monitor = await orNotFound(dashboardMonitor(actor, id, now));
  const content = monitor.timedOut ? null : await monitorContent(actor, scope, monitor, now);
  return (
    <main>
      <h1 className="sr-only">{monitor.name}</h1>
      <Monitor monitor={monitor} content={content} now={now} />
    </main>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("PageTitles");
  return titleOrNotFound(async () => t("of", { object: (await dashboardMonitor(actor, id)).name, page: t("monitor") }));
}
