import { safeLocalPath } from "@/lib/http/safe-local-path";

/**
 * The agent console's heartbeat for browsers without JavaScript (decision record 11): the console's
 * pages reload, and their "Aktualisieren" links go, through this URL, which records that the agent
 * is still there and sends the browser on to the page. Rendering a page never writes.
 */
const CONSOLE_HEARTBEAT_PATH = "/agent/heartbeat";

/** The heartbeat URL that ends on the console page `back`. */
export function throughHeartbeat(back: string): string {
  return `${CONSOLE_HEARTBEAT_PATH}?back=${encodeURIComponent(back)}`;
}

/** Where the heartbeat sends the browser: a console page it was asked for, or the console. */
export function heartbeatTarget(back: string | null): string {
  const path = safeLocalPath(back, "/agent");
  const inConsole = path === "/agent" || /^\/agent[/?#]/.test(path);
  return inConsole && !path.startsWith(CONSOLE_HEARTBEAT_PATH) ? path : "/agent";
}
