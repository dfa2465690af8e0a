import { currentPrincipal } from "@/lib/auth/session";
import { heartbeatTarget } from "@/lib/live/console-heartbeat";
import { touchPresence } from "@/lib/live/presence";

/**
 * The console's heartbeat without JavaScript: its pages reload through here (a meta refresh can
 * only GET), so the agent counts as present, then on to the page (decision record 11). Only the
 * presence's last-seen time moves, and only for a request from our own pages or the address bar:
 * another site cannot keep someone's console alive.
 */
export async function GET(request: Request) {
  const actor = await currentPrincipal("agent");
  const site = request.headers.get("sec-fetch-site");
  if (actor && (site === null || site === "same-origin" || site === "none")) await touchPresence(actor);
  const back = heartbeatTarget(new URL(request.url).searchParams.get("back"));
  return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
}
