import "server-only";
import { headers } from "next/headers";

/** Who sent a request, as far as the server can tell: for rate limits and the audit log. */
export type ClientInfo = { address: string; userAgent: string };

// Set by the HTTP server (scripts/serve.mjs) from the socket and trusted proxies only; a client's own
// header of that name is replaced there. `next dev` has no such server: there the address is unknown.
const CLIENT_ADDRESS_HEADER = "x-lotse-client-address";
const MAX_USER_AGENT_LENGTH = 300;

export function clientOf(requestHeaders: Headers): ClientInfo {
  return {
    address: requestHeaders.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 100) || "unknown",
    userAgent: (requestHeaders.get("user-agent") ?? "").slice(0, MAX_USER_AGENT_LENGTH),
  };
}

/** The client of the request being handled, or null outside a request (jobs, the admin CLI, tests). */
export async function currentClient(): Promise<ClientInfo | null> {
  try {
    return clientOf(await headers());
  } catch {
    return null;
  }
}
