import { monitorBodyHtml } from "@/components/dashboard/monitor-body-html";
import { currentPrincipal } from "@/lib/auth/session";
import { monitorContent } from "@/lib/dashboard/monitor-content";
import { monitorI18n } from "@/lib/dashboard/monitor-i18n";
import { dashboardMonitor, dashboardScope } from "@/lib/dashboard/monitors";
import { NotFoundError } from "@/lib/errors/domain-errors";

type Context = { params: Promise<{ id: string }> };

/**
 * One running monitor's body, as the live Dashboard fetches it when its stream names the monitor
 * (and every minute): plain HTML for htmx to morph in, rendered once per fetch without a page around
 * it (decision record 18). Whatever else has happened — the monitor timed out, was closed or is no
 * longer the manager's to see, the manager was signed out — the page reloads itself (htmx's
 * HX-Refresh) and shows it as it is now.
 */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return reloadPage(401);
  const { id } = await params;
  const now = new Date();
  try {
    const scope = await dashboardScope(actor);
    const monitor = await dashboardMonitor(actor, id, now, scope);
    if (monitor.timedOut) return reloadPage(200);
    const content = await monitorContent(actor, scope, monitor, now);
    const html = await monitorBodyHtml({ monitor, content, now, i18n: monitorI18n(actor) });
    return new Response(html, {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return reloadPage(404);
    throw error;
  }
}

function reloadPage(status: number): Response {
  return new Response(null, { status, headers: { "hx-refresh": "true", "cache-control": "no-store" } });
}
