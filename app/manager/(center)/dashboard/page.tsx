import { getTranslations } from "next-intl/server";
import { AddMonitorForm } from "@/components/dashboard/AddMonitorForm";
import { DashboardAnnouncer } from "@/components/dashboard/DashboardAnnouncer";
import { HtmxProcess } from "@/components/dashboard/HtmxProcess";
import { Monitor } from "@/components/dashboard/Monitor";
import { LiveRegion } from "@/components/live/LiveRegion";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { HtmxScript } from "@/components/shell/HtmxScript";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { dashboardStreamUrl, listDigest } from "@/lib/dashboard/dashboard-stream";
import { fingerprintOf, monitorContent } from "@/lib/dashboard/monitor-content";
import { MONITORS_EVENT } from "@/lib/dashboard/monitor-events";
import { kindsFor } from "@/lib/dashboard/monitor-kinds";
import { dashboardMonitors, dashboardScope } from "@/lib/dashboard/monitors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { ACCESS_ENDED_EVENT } from "@/lib/live/access-ended";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { addMonitorAction, closeMonitorAction, reactivateMonitorAction } from "./actions";

const HERE = "/manager/dashboard";

/**
 * The Dashboard (manual chapter 4): the manager's monitors, each rendered on the server. With
 * JavaScript a live stream names the monitors that changed and htmx swaps each in anew (decision
 * record 18); without it the page reloads itself every 15 seconds, and every action is a form.
 */
export default async function DashboardPage() {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(dashboardScope(actor));
  const t = await getTranslations("Dashboard");
  const now = new Date();
  const monitors = await dashboardMonitors(actor, now, scope);
  const contents = await Promise.all(monitors.map((m) => (m.timedOut ? null : monitorContent(actor, scope, m, now))));
  const digests = monitors.flatMap((m, i): [string, string][] => {
    const content = contents[i];
    return content ? [[m.id, fingerprintOf(content)]] : [];
  });
  return (
    <div id="dashboard" className="stack min-w-0">
      <h1>{t("title")}</h1>
      <Notice />
      <p>{t("intro")}</p>
      <AddMonitorForm kinds={kindsFor(scope.kind)} action={addMonitorAction} />
      <NoScriptRefresh seconds={15} href={HERE} toggleAction={autoRefreshAction} />
      <p>
        <a href={HERE}>{t("refresh")}</a>
      </p>
      <LiveRegion />
      <DashboardAnnouncer />
      {/* htmx changes what is inside (morphing monitors in); React must never diff that against a
          new render (after a form's action) — a new key on every render makes it replace the whole
          area instead. */}
      <div key={now.getTime()} id="dashboard-live-area" className="stack min-w-0">
        {/* htmx's SSE extension: named events only, each a monitor to fetch anew (nothing is swapped here).
            Once the manager's sign-in ends, the stream says so last and htmx stops reconnecting. */}
        <div
          id="dashboard-live"
          hidden
          {...{
            "hx-sse:connect": dashboardStreamUrl(listDigest(monitors), digests),
            "hx-sse:close": ACCESS_ENDED_EVENT,
          }}
          hx-swap="none"
        />
        <div
          id="monitors"
          className="monitors"
          aria-label={t("monitorsLabel")}
          role="region"
          hx-get={HERE}
          hx-trigger={`${MONITORS_EVENT} from:#dashboard-live`}
          hx-select="#monitors"
          hx-swap="outerMorph"
        >
          {monitors.length === 0 ? <p>{t("none")}</p> : null}
          {monitors.map((monitor, i) => (
            <Monitor
              key={monitor.id}
              viewer={actor}
              monitor={monitor}
              content={contents[i] ?? null}
              now={now}
              actions={{ close: closeMonitorAction, reactivate: reactivateMonitorAction }}
            />
          ))}
        </div>
        <HtmxProcess elementId="dashboard-live-area" />
      </div>
      <HtmxScript />
    </div>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Nav");
  return { title: t("dashboard") };
}
