import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { principalOfSession } from "@/lib/auth/session";
import { eventStreamResponse, type StreamEvent } from "@/lib/live/event-stream";
import { monitorEvent, MONITORS_EVENT } from "./monitor-events";
import { digestOf, fingerprintOf, monitorContent, WATCHED_CHANNELS } from "./monitor-content";
import { dashboardMonitors, dashboardScope, type MonitorView } from "./monitors";

/**
 * The Dashboard's live stream (decision record 18). Woken by the bus whenever requests, sessions,
 * agents or managers change, it works out for this manager which monitors now show something else
 * (a digest of their content, see fingerprintOf) and names just those; the page then fetches each
 * of them, rendered on the server, and swaps it in (htmx). Monitors that timed out are not watched.
 * Loads never overlap and a change during a load causes one more (eventStreamResponse), so a burst
 * of changes costs one round of queries, not one per change.
 */
export async function dashboardStream(request: Request, actor: Principal): Promise<Response> {
  const scope = await dashboardScope(actor);
  // What the page showed when it was rendered: changes before the stream opened are not missed.
  const seen = seenOnPage(new URL(request.url).searchParams);
  let listShown = seen.list;
  const shown = seen.monitors;
  let lastId = 0;
  const nextId = () => (lastId = Math.max(Date.now(), lastId + 1));
  return eventStreamResponse({
    request,
    channels: WATCHED_CHANNELS,
    load: async () => {
      const now = new Date();
      const monitors = await dashboardMonitors(actor, now, scope);
      const events: StreamEvent[] = [];
      const list = listDigest(monitors);
      if (list !== listShown) events.push({ id: nextId(), event: MONITORS_EVENT, data: {} });
      listShown = list;
      for (const monitor of monitors.filter((m) => !m.timedOut)) {
        const digest = fingerprintOf(await monitorContent(actor, scope, monitor, now));
        if (shown.get(monitor.id) !== digest) events.push({ id: nextId(), event: monitorEvent(monitor.id), data: {} });
        shown.set(monitor.id, digest);
      }
      return events;
    },
    stillAllowed: async () => (await principalOfSession(actor.sessionId, "manager")) !== null,
  });
}

/** A digest of the dashboard's list of monitors: what they are called, watch and whether they still run. */
export function listDigest(monitors: MonitorView[]): string {
  return digestOf(monitors.map((m) => [m.id, m.name, m.kind, m.sortOrder, m.filters, m.shared, m.timedOut]));
}

const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

/** The page's `?list=<digest>&m=<monitor id>.<digest>…`, as the browser sends it back (anything odd is ignored). */
function seenOnPage(params: URLSearchParams): { list: string | null; monitors: Map<string, string> } {
  const list = params.get("list");
  const monitors = new Map<string, string>();
  for (const entry of params.getAll("m").slice(0, 50)) {
    const [id, digest] = entry.split(".");
    if (id && digest && TOKEN.test(id) && TOKEN.test(digest)) monitors.set(id, digest);
  }
  return { list: list && TOKEN.test(list) ? list : null, monitors };
}

/** The stream's address for a page that shows these monitors with these digests. */
export function dashboardStreamUrl(list: string, digests: [monitorId: string, digest: string][]): string {
  const params = new URLSearchParams({ list });
  for (const [id, digest] of digests) params.append("m", `${id}.${digest}`);
  return `/manager/dashboard/events?${params}`;
}
